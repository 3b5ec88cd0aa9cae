/**
 * What a signed-in person's HTTP session keeps, kept bounded: the session may last a working day and (in a
 * cluster) travels between instances, so nothing in it may grow with the number of pages opened.
 */
package org.eurasiadiplomacy.portal.web.sessions;
