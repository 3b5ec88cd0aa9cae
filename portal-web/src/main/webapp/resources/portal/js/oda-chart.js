/*
 * The ODA chart's behaviour that JSON cannot carry: a marked zero line (net flows go negative), tooltips
 * that give the exact value with its unit and source, and saving the chart as PNG. No inline handlers,
 * so a strict Content-Security-Policy holds.
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
    options.plugins.tooltip = {
        callbacks: {
            // the raw value is the exact decimal the table prints (-5.8, 248.67), not a rounded one
            label: function (ctx) { return ctx.dataset.label + ': ' + String(ctx.raw) + ' ' + portal.unit; },
            footer: function () { return portal.source; }
        }
    };
}

document.addEventListener('DOMContentLoaded', function () {
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
