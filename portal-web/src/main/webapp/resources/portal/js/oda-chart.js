/*
 * The ODA chart's behaviour that JSON cannot carry: a marked zero line (net flows go negative), tooltips
 * that give the exact value with its unit and source, saving the chart as PNG, and series toggles outside the
 * canvas: buttons with aria-pressed, which a keyboard reaches, kept in step with the legend and kept in the
 * address (hide=KAZ,TKM), so that a shared link shows the same series. No inline handlers, so a strict
 * Content-Security-Policy holds.
 */
function odaChartExtender() {
    var options = this.cfg.config.options;
    var portal = options.plugins.portal;
    delete options.plugins.portal;

    // a white background, so the saved PNG reads on any page
    this.cfg.config.plugins = [{
        id: 'portalBackground',
        beforeDraw: function (chart) {
            var ctx = chart.ctx;
            ctx.save();
            ctx.globalCompositeOperation = 'destination-over';
            ctx.fillStyle = '#ffffff';
            ctx.fillRect(0, 0, chart.width, chart.height);
            ctx.restore();
        }
    }];

    var zero = function (ctx) { return ctx.tick && ctx.tick.value === 0; };
    options.scales.y.grid = {
        color: function (ctx) { return zero(ctx) ? '#0d1b33' : 'rgba(13, 27, 51, 0.10)'; },
        lineWidth: function (ctx) { return zero(ctx) ? 2 : 1; }
    };
    options.plugins.legend.onClick = function (event, item, legend) {
        odaToggleSeries(legend.chart, item.datasetIndex);
    };
    options.plugins.tooltip = {
        callbacks: {
            // the raw value is the exact decimal the table prints (-5.8, 248.67), not a rounded one
            label: function (ctx) { return ctx.dataset.label + ': ' + String(ctx.raw) + ' ' + portal.unit; },
            footer: function () { return portal.source; }
        }
    };
}

/** Shows or hides one series, then brings the buttons, the address and the chart-type links into step. */
function odaToggleSeries(chart, index) {
    chart.setDatasetVisibility(index, !chart.isDatasetVisible(index));
    chart.update();
    var hidden = [];
    chart.data.datasets.forEach(function (dataset, i) {
        if (!chart.isDatasetVisible(i)) {
            hidden.push(dataset.code);
        }
    });
    document.querySelectorAll('.series-toggle').forEach(function (button) {
        button.setAttribute('aria-pressed', String(chart.isDatasetVisible(Number(button.getAttribute('data-index')))));
    });
    var withHidden = function (href) {
        var address = new URL(href, window.location.href);
        if (hidden.length) {
            address.searchParams.set('hide', hidden.join(','));
        } else {
            address.searchParams.delete('hide');
        }
        return address.pathname + address.search + address.hash;
    };
    window.history.replaceState(window.history.state, '', withHidden(window.location.href));
    document.querySelectorAll('.segmented a').forEach(function (link) {
        link.setAttribute('href', withHidden(link.getAttribute('href')));
    });
}

document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.series-toggle').forEach(function (button) {
        button.addEventListener('click', function () {
            odaToggleSeries(PF('odaChart').chart, Number(button.getAttribute('data-index')));
        });
    });
    var save = document.getElementById('save-chart');
    if (!save) {
        return;
    }
    save.addEventListener('click', function () {
        var chart = PF('odaChart').chart;
        var link = document.createElement('a');
        link.href = chart.toBase64Image('image/png', 1);
        link.download = save.getAttribute('data-filename');
        document.body.appendChild(link);
        link.click();
        link.remove();
    });
});
