// compare.html: pick runs and metrics, filter a breakdown, hover for intervals, download the table shown.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var COL = {run: 0, metric: 1, n: 2, mean: 3, low: 4, high: 5, method: 6, p90: 7, dmean: 8, dlow: 9, dhigh: 10, dmethod: 11};
  var HEAD = ['Run', 'Group', 'Metric', 'n', 'Mean', '95% CI low', '95% CI high', 'Interval', 'P90',
    'Difference from ' + data.reference, 'Difference CI low', 'Difference CI high', 'Difference method'];
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7F7F7F', '#8C564B'];
  var charts = {};

  function info(metric) {
    return data.metrics[metric] || {group: 'Other', label: metric, money: false};
  }

  function text(el, t) { el.textContent = t; return el; }

  function format(metric, v) {
    if (v === null || v === undefined) return '';
    if (info(metric).money) return (v < 0 ? '-£' : '£') + Math.abs(v).toLocaleString('en-GB', {maximumFractionDigits: 0});
    return v.toLocaleString('en-GB', {maximumFractionDigits: 2});
  }

  function checkbox(parent, value, label, onChange) {
    var l = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = value;
    box.addEventListener('change', onChange);
    l.appendChild(box);
    l.appendChild(document.createTextNode(' ' + label));
    parent.appendChild(l);
    return box;
  }

  function checked(container) {
    var out = [];
    container.querySelectorAll('input[type=checkbox]').forEach(function (b) { if (b.checked) out.push(b.value); });
    return out;
  }

  function groups() {
    var seen = [];
    data.rows.forEach(function (r) {
      var g = info(r[COL.metric]).group;
      if (seen.indexOf(g) < 0) seen.push(g);
    });
    return seen;
  }

  function metricsOf(group) {
    var seen = [];
    data.rows.forEach(function (r) {
      var m = r[COL.metric];
      if (info(m).group === group && seen.indexOf(m) < 0) seen.push(m);
    });
    return seen;
  }

  function shownRows() {
    var runs = checked(document.getElementById('runs'));
    var metrics = checked(document.getElementById('values'));
    return data.rows.filter(function (r) { return runs.indexOf(r[COL.run]) >= 0 && metrics.indexOf(r[COL.metric]) >= 0; });
  }

  function csvCell(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv() {
    var lines = [HEAD.map(csvCell).join(',')];
    shownRows().forEach(function (r) {
      var i = info(r[COL.metric]);
      lines.push([r[COL.run], i.group, i.label, r[COL.n], r[COL.mean], r[COL.low], r[COL.high], r[COL.method], r[COL.p90],
        r[COL.dmean], r[COL.dlow], r[COL.dhigh], r[COL.dmethod]].map(csvCell).join(','));
    });
    return lines.join('\n') + '\n';
  }

  function download() {
    var blob = new Blob([csv()], {type: 'text/csv'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'comparison-table.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function renderTable(rows) {
    var table = document.getElementById('table');
    var head = table.tHead;
    head.textContent = '';
    var tr = head.insertRow();
    HEAD.forEach(function (h) { text(tr.appendChild(document.createElement('th')), h); });
    var body = table.tBodies[0];
    body.textContent = '';
    rows.forEach(function (r) {
      var m = r[COL.metric];
      var row = body.insertRow();
      var cells = [r[COL.run], info(m).group, info(m).label, r[COL.n], format(m, r[COL.mean]), format(m, r[COL.low]),
        format(m, r[COL.high]), r[COL.method], format(m, r[COL.p90]),
        r[COL.dmethod] ? format(m, r[COL.dmean]) : '(reference)', format(m, r[COL.dlow]), format(m, r[COL.dhigh]),
        r[COL.dmethod]];
      cells.forEach(function (c, i) {
        var td = row.insertCell();
        if (i >= 3 && i !== 7 && i !== 12) td.className = 'num';
        text(td, c === null || c === undefined ? '' : String(c));
      });
    });
    text(document.getElementById('count'), rows.length + ' rows shown of ' + data.rows.length);
  }

  // Draws each bar's interval as a whisker; intervals ride on the dataset as lows and highs.
  var whiskers = {
    id: 'whiskers',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var y = chart.scales.y;
      chart.data.datasets.forEach(function (ds, d) {
        var meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach(function (bar, i) {
          var lo = ds.lows[i], hi = ds.highs[i];
          if (lo === null || hi === null || lo === undefined || hi === undefined) return;
          var x = bar.x, top = y.getPixelForValue(hi), bottom = y.getPixelForValue(lo);
          ctx.save();
          ctx.strokeStyle = '#000';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(x, top); ctx.lineTo(x, bottom);
          ctx.moveTo(x - 5, top); ctx.lineTo(x + 5, top);
          ctx.moveTo(x - 5, bottom); ctx.lineTo(x + 5, bottom);
          ctx.stroke();
          ctx.restore();
        });
      });
    }
  };

  function chart(id, runs, metrics, rows, meanCol, lowCol, highCol, methodCol) {
    var labels = metrics.map(function (m) { return info(m).label; });
    var datasets = runs.map(function (run, k) {
      var find = function (m) { return rows.filter(function (r) { return r[COL.run] === run && r[COL.metric] === m; })[0]; };
      return {
        label: run,
        backgroundColor: COLOURS[data.runs.indexOf(run) % COLOURS.length],
        data: metrics.map(function (m) { var r = find(m); return r ? r[meanCol] : null; }),
        lows: metrics.map(function (m) { var r = find(m); return r ? r[lowCol] : null; }),
        highs: metrics.map(function (m) { var r = find(m); return r ? r[highCol] : null; }),
        methods: metrics.map(function (m) { var r = find(m); return r ? r[methodCol] : ''; }),
        p90s: metrics.map(function (m) { var r = find(m); return r ? r[COL.p90] : null; })
      };
    });
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(document.getElementById(id), {
      type: 'bar',
      data: {labels: labels, datasets: datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          tooltip: {callbacks: {label: function (c) {
            var ds = c.dataset, i = c.dataIndex, m = metrics[i];
            var out = ds.label + ': ' + format(m, ds.data[i]);
            if (ds.lows[i] !== null && ds.lows[i] !== undefined) {
              out += ' (95% CI ' + format(m, ds.lows[i]) + ' to ' + format(m, ds.highs[i]) + ', ' + ds.methods[i] + ')';
            }
            if (meanCol === COL.mean && ds.p90s[i] !== null) out += '; P90 ' + format(m, ds.p90s[i]);
            return out;
          }}},
          legend: {position: 'top'}
        },
        scales: {y: {ticks: {callback: function (v) { return metrics.length && info(metrics[0]).money ? format(metrics[0], v) : v; }}}}
      },
      plugins: [whiskers]
    });
  }

  function refresh() {
    var rows = shownRows();
    var runs = checked(document.getElementById('runs'));
    var metrics = checked(document.getElementById('values'));
    chart('means', runs, metrics, rows, COL.mean, COL.low, COL.high, COL.method);
    var others = runs.filter(function (r) { return r !== data.reference; });
    chart('diffs', others, metrics, rows, COL.dmean, COL.dlow, COL.dhigh, COL.dmethod);
    renderTable(rows);
  }

  function chooseGroup() {
    var values = document.getElementById('values');
    values.textContent = '';
    metricsOf(document.getElementById('group').value).forEach(function (m) {
      checkbox(values, m, info(m).label, refresh);
    });
    refresh();
  }

  function init() {
    text(document.getElementById('lead'), data.runs.length + ' runs; differences from ' + data.reference + ' with '
      + data.method + ' 95% intervals' + (data.method === 'paired'
        ? ' (the runs share replication seeds: common random numbers).' : ' (independent runs: Welch intervals).'));
    text(document.getElementById('diffTitle'), 'Differences from ' + data.reference);
    text(document.getElementById('diffNote'), 'Each run minus ' + data.reference + '; whiskers are 95% intervals of '
      + 'the difference. An interval that does not cross zero is a difference the replications can tell apart.');
    var runs = document.getElementById('runs');
    data.runs.forEach(function (r) { checkbox(runs, r, r + (r === data.reference ? ' (reference)' : ''), refresh); });
    var select = document.getElementById('group');
    groups().forEach(function (g) { var o = document.createElement('option'); o.value = g; text(o, g); select.appendChild(o); });
    select.addEventListener('change', chooseGroup);
    document.getElementById('download').addEventListener('click', download);
    chooseGroup();
  }

  window.ctsimCompare = {csv: csv, shownRows: function () { return shownRows().length; }};
  init();
})();
