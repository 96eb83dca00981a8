// Sortable and filterable tables, for tables the build wraps in
// <div class="sortable"> and registers with a <form class="table-filter">.
// Without JavaScript the tables are still complete, just unsorted.
(function () {
  function cellText(row, index) {
    const cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    const x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && /^[\d.]+%?$/.test(a) && /^[\d.]+%?$/.test(b)) return x - y;
    return a.localeCompare(b);
  }

  function makeSortable(table) {
    const headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.from(headers).forEach(function (th, index) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.from(headers).forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort(function (r1, r2) {
          const order = compare(cellText(r1, index), cellText(r2, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function connectFilter(form) {
    const container = form.parentElement.querySelector(".filterable");
    const table = container && container.querySelector("table");
    if (!table) return;
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    form.after(status);
    form.addEventListener("change", function () {
      const selects = Array.from(form.querySelectorAll("select"));
      let shown = 0;
      Array.from(table.tBodies[0].rows).forEach(function (row) {
        const keep = selects.every(function (select) {
          const text = cellText(row, Number(select.dataset.column) - 1);
          return !select.value || text === select.value || text.startsWith(select.value + ";");
        });
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      status.textContent = shown + " of " + table.tBodies[0].rows.length + " rows shown";
    });
  }

  function init() {
    document.querySelectorAll(".sortable table").forEach(makeSortable);
    document.querySelectorAll("form.table-filter").forEach(connectFilter);
  }

  // Material's instant loading swaps pages without a reload; document$ tells us when.
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
