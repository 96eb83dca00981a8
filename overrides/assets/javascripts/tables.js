// Tables: sortable and filterable ones (tables the build wraps in <div class="sortable">
// and registers with a <form class="table-filter">), cards on a phone (<div class="stacked">),
// and, for every table, a keyboard-reachable scroll region when it is wider than the page.
// Without JavaScript the tables are still complete, just unsorted.
(function () {
  function cellText(row, index) {
    const cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  // A date as tables show it ("12 Dec 2017", extract/publish/pages.py short_date), or as ISO, in ISO.
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function isoDate(text) {
    if (/^\d{4}-\d\d-\d\d$/.test(text)) return text;
    const parts = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text);
    const month = parts ? MONTHS.indexOf(parts[2]) + 1 : 0;
    return month ? `${parts[3]}-${String(month).padStart(2, "0")}-${parts[1].padStart(2, "0")}` : null;
  }

  function compare(a, b) {
    const x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && /^[\d.]+%?$/.test(a) && /^[\d.]+%?$/.test(b)) return x - y;
    const dateA = isoDate(a), dateB = isoDate(b);
    if (dateA && dateB) return dateA.localeCompare(dateB);
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

  // A table shown as cards keeps its table semantics (CSS display would drop them) and
  // labels each value with its column's name.
  function makeStacked(table) {
    const names = table.tHead ? Array.from(table.tHead.rows[0].cells).map(function (th) { return th.textContent.trim(); }) : [];
    table.setAttribute("role", "table");
    Array.from(table.querySelectorAll("thead, tbody")).forEach(function (group) { group.setAttribute("role", "rowgroup"); });
    Array.from(table.rows).forEach(function (row) {
      row.setAttribute("role", "row");
      Array.from(row.cells).forEach(function (cell, index) {
        cell.setAttribute("role", cell.tagName === "TH" ? "columnheader" : "cell");
        if (cell.tagName === "TD" && names[index]) cell.dataset.label = names[index];
      });
    });
  }

  // A header cell with nothing in it (the corner of a table read from a PDF) is a data cell.
  function dropEmptyHeaders(table) {
    Array.from(table.querySelectorAll("th")).forEach(function (th) {
      if (th.textContent.trim()) return;
      const td = document.createElement("td");
      Array.from(th.attributes).forEach(function (attribute) { td.setAttribute(attribute.name, attribute.value); });
      th.replaceWith(td);
    });
  }

  // Wider than its column, a table scrolls sideways in its own region: one the keyboard can
  // reach (WCAG 2.1.1) and a screen reader can name.
  function scrollRegion(table, index) {
    const region = table.closest(".md-typeset__scrollwrap") || table;
    const wide = region.scrollWidth > region.clientWidth + 1;
    if (wide && !region.hasAttribute("tabindex")) {
      const heading = previousHeading(region);
      region.setAttribute("tabindex", "0");
      region.setAttribute("role", "region");
      region.setAttribute("aria-label", "Table " + (index + 1) + (heading ? " under " + heading : "") + ", scrolls sideways");
    } else if (!wide && region.getAttribute("role") === "region") {
      ["tabindex", "role", "aria-label"].forEach(function (name) { region.removeAttribute(name); });
    }
  }

  function previousHeading(node) {
    for (let n = node.previousElementSibling; n; n = n.previousElementSibling) {
      if (/^H[1-6]$/.test(n.tagName)) return n.textContent.replace(/¶$/, "").trim();
    }
    return "";
  }

  function regions() {
    document.querySelectorAll(".md-typeset table").forEach(scrollRegion);
  }

  // A cell that is a date ("2017-12-12", "12 Dec 2017"), for the style sheet to keep on one line.
  const DATE = /^(\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]{2} \d{4})$/;
  function markDates(table) {
    Array.from(table.querySelectorAll("td")).forEach(function (cell) {
      if (DATE.test(cell.textContent.trim())) cell.classList.add("date");
    });
  }

  function init() {
    document.querySelectorAll(".md-typeset table").forEach(dropEmptyHeaders);
    document.querySelectorAll(".sortable table").forEach(markDates);
    document.querySelectorAll(".sortable table").forEach(makeSortable);
    document.querySelectorAll(".stacked table").forEach(makeStacked);
    document.querySelectorAll("form.table-filter").forEach(connectFilter);
    // After Material has wrapped the tables in their scroll containers.
    setTimeout(regions, 0);
  }

  let resized;
  window.addEventListener("resize", function () {
    clearTimeout(resized);
    resized = setTimeout(regions, 150);
  });

  // Material's instant loading swaps pages without a reload; document$ tells us when.
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
