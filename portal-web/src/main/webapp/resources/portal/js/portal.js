/*
 * Every page's small script, with no library under it.
 * - The language links keep everything the address holds: filters, order, page, chart type, record id. The server
 *   renders them from the address it was asked for, but a table's or a chart's script changes the address later
 *   (history.replaceState), so a link is completed from the address of the moment it is followed.
 * - A printed page says in its footer which address it shows and when it was printed.
 * - A footnote marker's note (t:footnoteMarker) shows on hover and keyboard focus through CSS alone; on a touch
 *   screen, which has neither, the first tap shows it and the second follows the link. Escape hides it.
 * - A pinned table wider than its box (the ODA figures on a phone) shows its scroll hint.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.language-switch a[hreflang]');
        if (!link) {
            return;
        }
        var chosen = new URL(link.href, window.location.href).searchParams.get('lang');
        var address = new URL(window.location.href);
        address.searchParams.set('lang', chosen);
        address.hash = '';
        link.href = address.pathname + address.search;
    }, true);

    var lastPointer = 'mouse';
    document.addEventListener('pointerdown', function (event) {
        lastPointer = event.pointerType;
    }, true);
    document.addEventListener('click', function (event) {
        var marker = event.target.closest && event.target.closest('.footnote > .footnote-marker');
        document.querySelectorAll('.footnote--open').forEach(function (open) {
            if (!marker || open !== marker.parentNode) {
                open.classList.remove('footnote--open');
            }
        });
        if (marker && lastPointer === 'touch' && !marker.parentNode.classList.contains('footnote--open')) {
            event.preventDefault();
            marker.parentNode.classList.remove('footnote--dismissed');
            marker.parentNode.classList.add('footnote--open');
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            document.querySelectorAll('.footnote--open').forEach(function (open) {
                open.classList.remove('footnote--open');
            });
            var focused = document.activeElement && document.activeElement.closest('.footnote');
            if (focused) {
                focused.classList.add('footnote--dismissed');
            }
        }
    });
    document.addEventListener('focusout', function (event) {
        var footnote = event.target.closest && event.target.closest('.footnote');
        if (footnote) {
            footnote.classList.remove('footnote--dismissed');
        }
    });

    function markScrollable() {
        document.querySelectorAll('.table-scroll--pinned').forEach(function (box) {
            var scrollable = box.scrollWidth > box.clientWidth + 1;
            var hint = box.previousElementSibling;
            box.classList.toggle('is-scrollable', scrollable);
            if (hint && hint.classList.contains('scroll-hint')) {
                hint.classList.toggle('is-shown', scrollable);
            }
        });
    }
    document.addEventListener('DOMContentLoaded', markScrollable);
    window.addEventListener('resize', markScrollable);

    window.addEventListener('beforeprint', function () {
        var footer = document.querySelector('.site-footer__printed');
        if (!footer) {
            return;
        }
        var address = new URL(window.location.href);
        address.searchParams.delete('lang');
        var date = new Date().toLocaleDateString(document.documentElement.lang || undefined,
            {year: 'numeric', month: 'long', day: 'numeric'});
        footer.textContent = footer.getAttribute('data-template').replace('{0}', address.href).replace('{1}', date);
    });
}());
