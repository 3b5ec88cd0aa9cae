/**
 * The administrators' page of the security log, and the filter that gives the log each request's address.
 */
package org.eurasiadiplomacy.portal.web.securitylog;
