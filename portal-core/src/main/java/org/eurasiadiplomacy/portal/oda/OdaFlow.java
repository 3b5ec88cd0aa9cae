package org.eurasiadiplomacy.portal.oda;

/** The OECD flow a figure measures; Table 2 reports net disbursements. */
public enum OdaFlow {
    NET_DISBURSEMENTS
}
