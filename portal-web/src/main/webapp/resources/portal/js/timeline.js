/*
 * The timeline's filter applies as soon as a choice changes, as the tables filter as one types: the plain GET form
 * is sent (the address keeps the filter, no session), and the control the reader used takes the focus again on
 * the new page, so a keyboard user goes on where they were. The Apply button stays for a page without script.
 */
(function () {
    'use strict';
    var KEY = 'portal-timeline-focus';
    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('timeline-filter');
        if (!form) {
            return;
        }
        form.classList.add('timeline-filter--live');
        form.addEventListener('change', function (event) {
            if (event.target.id) {
                window.sessionStorage.setItem(KEY, event.target.id);
            }
            form.requestSubmit ? form.requestSubmit() : form.submit();
        });
        var focused = window.sessionStorage.getItem(KEY);
        window.sessionStorage.removeItem(KEY);
        var control = focused && document.getElementById(focused);
        if (control) {
            control.focus();
        }
    });
}());
