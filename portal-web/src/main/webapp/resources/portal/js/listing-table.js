/*
 * Keeps a public table's state in the address bar, so that a copied link reproduces the view: the global
 * search (q), each column's filter (named after its field), the order (sort=year,-amountUsdMillions) and the
 * page (first, rows). After every table request the address is replaced (no history entry, no session), the
 * form posts to the new address (so a postback of the transient view starts from the same state), and the
 * export links get the same filters and order, and the columns the reader shows with "Columns" (columns=…), so
 * that a file holds what the page shows. The server reads the parameters in TableState and TableExport.
 */
(function () {
    'use strict';

    var TABLE_PARAMETERS = ['q', 'sort', 'first', 'rows'];
    var DEFAULT_ROWS = 25;

    function fieldOf(clientId) {
        return clientId.substring(clientId.lastIndexOf(':') + 1);
    }

    function tableState(table) {
        var state = {filters: {}, sort: [], first: 0, rows: DEFAULT_ROWS, columns: []};
        table.jq.find('thead th[id]').each(function () {
            var header = $(this);
            var field = fieldOf(header.attr('id'));
            var input = header.find('select, input.ui-column-filter').first();
            state.filters[field] = input.length ? (input.val() || '') : '';
            // the footnotes column is always exported; only the page's own t:columns can be chosen
            if (!header.hasClass('ui-helper-hidden') && !header.hasClass('col-footnotes') && field.indexOf('j_id') !== 0) {
                state.columns.push(field);
            }
        });
        state.filters.q = table.jq.find("input[id$=':globalFilter']").val() || '';
        $.each(table.sortMeta || [], function (i, meta) {
            if (meta.order === 1 || meta.order === -1) {
                state.sort.push((meta.order === -1 ? '-' : '') + fieldOf(meta.col));
            }
        });
        if (table.paginator) {
            state.rows = table.paginator.cfg.rows;
            state.first = table.paginator.cfg.page * table.paginator.cfg.rows;
        }
        return state;
    }

    /** The current address's parameters with the table's own replaced by {@code state}. */
    function parameters(state, paged) {
        var params = new URLSearchParams(window.location.search);
        TABLE_PARAMETERS.concat(Object.keys(state.filters)).forEach(function (name) {
            params.delete(name);
        });
        Object.keys(state.filters).forEach(function (name) {
            if (state.filters[name] !== '') {
                params.set(name, state.filters[name]);
            }
        });
        if (state.sort.length) {
            params.set('sort', state.sort.join(','));
        }
        if (paged && state.first > 0) {
            params.set('first', String(state.first));
        }
        if (paged && state.rows !== DEFAULT_ROWS) {
            params.set('rows', String(state.rows));
        }
        return params.toString();
    }

    function remember() {
        var table = window.PF && PF('table');
        if (!table || !table.jq) {
            return;
        }
        var state = tableState(table);
        var query = parameters(state, true);
        var address = window.location.pathname + (query ? '?' + query : '');
        window.history.replaceState(window.history.state, '', address);
        $('#tableForm').attr('action', address);
        var exportParams = new URLSearchParams(parameters(state, false));
        exportParams.set('columns', state.columns.join(','));
        var exportQuery = exportParams.toString();
        $('a[data-export]').each(function () {
            var link = $(this);
            link.attr('href', link.attr('data-export') + (exportQuery ? '?' + exportQuery : ''));
        });
    }

    /**
     * The paginator's report ("1 record", "No records") comes formatted from the server with every table
     * request (ListingDataModel), since PrimeFaces' template has no plurals; it holds no placeholders.
     */
    function report(args) {
        var table = window.PF && PF('table');
        if (args && typeof args.pageReport === 'string' && table && table.paginator) {
            table.paginator.cfg.currentPageTemplate = args.pageReport;
            table.paginator.updateUI();
        }
    }

    /**
     * Says which order is in force, column by column ("Order: Year ascending, then Amount descending"), since
     * a multi-column order is made with Ctrl or ⌘ and the arrows alone do not tell their rank.
     */
    function describeOrder() {
        var table = window.PF && PF('table');
        var text = table && table.jq && table.jq.find('.listing__order-text');
        if (!text || !text.length) {
            return;
        }
        var parts = [];
        $.each(table.sortMeta || [], function (i, meta) {
            if (meta.order === 1 || meta.order === -1) {
                var title = $(PrimeFaces.escapeClientId(meta.col)).find('.ui-column-title').first().text();
                parts.push(text.attr(meta.order === 1 ? 'data-ascending' : 'data-descending').replace('{0}', title));
            }
        });
        text.text(text.attr('data-label').replace('{0}',
            parts.length ? parts.join(text.attr('data-separator')) : text.attr('data-none')));
    }

    /** Back to the page's own order: the address without an order (nor a page), loaded again. */
    $(document).on('click', '#resetOrder', function () {
        var params = new URLSearchParams(window.location.search);
        params.delete('sort');
        params.delete('first');
        var query = params.toString();
        window.location.assign(window.location.pathname + (query ? '?' + query : ''));
    });

    // "Columns" shows and hides columns in the browser only, with no table request: follow it directly
    $(document).on('click keyup', '.ui-columntoggler', function () {
        window.setTimeout(remember, 0);
    });

    $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
        report(args);
        remember();
        describeOrder();
    });
    $(function () {
        // the form's own action is the bare page address; post to the one that carries the state
        $('#tableForm').attr('action', window.location.pathname + window.location.search);
        // the table's widget is built by a ready handler of its own, which may run after this one
        window.setTimeout(function () {
            describeOrder();
            remember();
        }, 0);
    });
})();
