/** Measurements for tests and benchmarks, switched on by configuration and off in production. */
package org.eurasiadiplomacy.portal.web.diagnostics;
