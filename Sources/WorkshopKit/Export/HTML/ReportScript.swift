/// The script of `report.html`: sort buttons in the project tables' column headings, filters
/// by priority group, theme and status, and a layout check used by `Scripts/check-documents`.
///
/// The page is complete without it. The page wraps it in a CDATA section, so it may use `<`
/// and `&` and the page stays well-formed XML.
enum ReportScript {
    static let javaScript = """
        (function () {
          "use strict";
          var doc = document;
          var language = doc.documentElement.lang || "de";
          var each = function (list, action) { Array.prototype.forEach.call(list, action); };

          // Sorting: a button in every sortable column heading; aria-sort says the order.
          function sortKey(cell) {
            return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
          }
          function sortBy(table, index, heading) {
            var ascending = heading.getAttribute("aria-sort") !== "ascending";
            var numeric = heading.getAttribute("data-sort") === "number";
            each(table.tHead.rows[0].cells, function (other) {
              if (other.hasAttribute("aria-sort")) { other.setAttribute("aria-sort", "none"); }
            });
            heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = sortKey(a.cells[index]);
              var y = sortKey(b.cells[index]);
              if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
              var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, language);
              return ascending ? order : -order;
            });
            each(rows, function (row) { body.appendChild(row); });
          }
          each(doc.querySelectorAll("table[data-sortable]"), function (table) {
            each(table.tHead.rows[0].cells, function (heading, index) {
              if (!heading.hasAttribute("data-sort")) { return; }
              var button = doc.createElement("button");
              button.type = "button";
              while (heading.firstChild) { button.appendChild(heading.firstChild); }
              // What print shows instead of the button (a repeated header row leaves buttons out).
              var label = doc.createElement("span");
              label.className = "print-label";
              label.setAttribute("aria-hidden", "true");
              label.textContent = button.textContent;
              heading.appendChild(label);
              heading.appendChild(button);
              heading.setAttribute("aria-sort", "none");
              button.addEventListener("click", function () { sortBy(table, index, heading); });
            });
          });

          // Filtering: a row shows when it matches every chosen value; a group without rows hides.
          var form = doc.querySelector("form.filters");
          if (form) {
            var selects = form.querySelectorAll("select");
            var status = form.querySelector(".filter-status");
            var apply = function () {
              var shown = 0;
              each(doc.querySelectorAll("table[data-filterable]"), function (table) {
                var visible = 0;
                each(table.tBodies[0].rows, function (row) {
                  var matches = Array.prototype.every.call(selects, function (select) {
                    return select.value === "" || row.getAttribute("data-" + select.getAttribute("data-filter")) === select.value;
                  });
                  row.hidden = !matches;
                  if (matches) { visible += 1; }
                });
                shown += visible;
                var section = table.closest("section");
                if (section) { section.hidden = visible === 0; }
              });
              status.textContent = shown + " " + status.getAttribute("data-label");
            };
            form.addEventListener("change", apply);
            form.addEventListener("submit", function (event) { event.preventDefault(); });
            form.hidden = false;
            apply();
          }

          // Layout check (only with #layout-check in the address): is any table or chart wider
          // than the text column, or any cell's content wider than its cell? Measured again in
          // the print layout when the page is printed, and written into the page as a marker.
          if (location.hash === "#layout-check") {
            var marker = doc.createElement("p");
            marker.id = "layout-check";
            doc.querySelector("main").appendChild(marker);
            var check = function (media) {
              var width = doc.querySelector("main").getBoundingClientRect().width;
              var wide = [];
              var overflowing = [];
              each(doc.querySelectorAll("table, figure svg"), function (element) {
                if (element.getBoundingClientRect().width > width + 0.5) {
                  var caption = element.caption ? element.caption.textContent : element.getAttribute("aria-label");
                  wide.push(String(caption).slice(0, 60));
                }
              });
              each(doc.querySelectorAll("td, th"), function (cell) {
                if (cell.scrollWidth > cell.clientWidth + 1) { overflowing.push(cell.textContent.trim().slice(0, 40)); }
              });
              var passed = wide.length === 0 && overflowing.length === 0;
              marker.textContent = "LAYOUT-CHECK " + (passed ? "PASSED" : "FAILED") + " (" + media + "): " +
                doc.querySelectorAll("table").length + " tables in " + Math.round(width) + " px; too wide: " +
                (wide.join(" | ") || "none") + "; cells overflowing: " + (overflowing.join(" | ") || "none");
            };
            var printing = window.matchMedia("print");
            var measure = function (event) { if (event.matches) { check("print"); } };
            if (printing.addEventListener) { printing.addEventListener("change", measure); } else { printing.addListener(measure); }
            check("screen");
          }
        })();
        """
}
