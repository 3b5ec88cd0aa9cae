package org.eurasiadiplomacy.portal.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reader turns the timeline round and narrows it, each choice applied at once, at 1280 and 390 px. */
class TimelineBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void newestFirstAndFiltersApplyAtOnceWithoutRepeatingTheYear() {
        browser.driver().get(Browser.local(base) + "timeline.xhtml?lang=en");
        TimelinePage timeline = new TimelinePage(browser.driver());
        assertFalse(timeline.showsApplyButton(), "no button needed");
        assertEquals(timeline.years().stream().sorted().toList(), timeline.years(), "date order first");
        assertTrue(timeline.entryDates().stream().noneMatch(date -> date.matches(".*\\b(18|19|20)\\d\\d\\b.*")),
                "the year stands in its heading, not again on every entry: " + timeline.entryDates());

        timeline.order("newest");
        assertTrue(browser.driver().getCurrentUrl().contains("order=newest"), browser.driver().getCurrentUrl());
        assertEquals(timeline.years().stream().sorted(Comparator.reverseOrder()).toList(), timeline.years());
        assertEquals(2020, timeline.years().get(0));
        assertEquals("order", timeline.focusedId(), "the focus stays on the control the reader used");
        browser.screenshot("timeline-en-newest-desktop");
        browser.assertAccessible();

        browser.resize(Browser.PHONE);
        browser.driver().get(Browser.local(base) + "timeline.xhtml?lang=zh-TW&order=newest");
        timeline = new TimelinePage(browser.driver());
        timeline.toggleKind("visit");
        assertTrue(browser.driver().getCurrentUrl().contains("kind=visit")
                && browser.driver().getCurrentUrl().contains("order=newest"), browser.driver().getCurrentUrl());
        assertEquals("kind-visit", timeline.focusedId());
        assertTrue(timeline.entryDates().stream().noneMatch(date -> date.contains("年 ")),
                "月 and 日 only, the 年 is in the heading: " + timeline.entryDates());
        browser.screenshot("timeline-zh-visits-phone");
        browser.assertAccessible();
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }
}
