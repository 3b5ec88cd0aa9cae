/**
 * HTTP caching of the public pages: ETags over the rendered page, so unchanged pages cost no transfer.
 * The API sets its own ETags (web.api); Faces resources are versioned and cached by the Faces runtime.
 */
package org.eurasiadiplomacy.portal.web.caching;
