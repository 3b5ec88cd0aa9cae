/**
 * Measurements the tests and benchmarks read from a running portal: how many SQL statements a request took.
 */
package org.eurasiadiplomacy.portal.diagnostics;
