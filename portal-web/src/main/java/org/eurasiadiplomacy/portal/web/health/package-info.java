/**
 * MicroProfile Health checks. Payara Micro serves them at /health (all), /health/ready and /health/live;
 * a check only reports, the question it asks belongs to portal-data.
 */
package org.eurasiadiplomacy.portal.web.health;
