/**
 * The staff source editor under /staff/: the searchable list, the edit form with its duplicate, conflict and
 * delete answers, import and export. Beans are view-scoped (the edit form keeps the loaded version between
 * postbacks) and each talks to one service of portal-data; every refusal there is an outcome these beans turn
 * into a panel or a message, never an error page. Plain Faces forms: the pages work without JavaScript.
 */
package org.eurasiadiplomacy.portal.web.staff.sources;
