package org.eurasiadiplomacy.portal.web.oda;

import java.util.Arrays;
import java.util.Optional;

/** The two views of the ODA chart; the choice travels in the URL (?chart=bar), so it can be shared. */
public enum ChartType {
    LINE("line"),
    BAR("bar");

    private final String parameter;

    ChartType(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    String chartJsType() {
        return parameter;
    }

    static Optional<ChartType> fromParameter(String value) {
        return Arrays.stream(values()).filter(t -> t.parameter.equals(value)).findFirst();
    }
}
