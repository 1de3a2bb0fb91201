/// The script of `report.html`: sort buttons in the project tables' column headings, filters
/// by priority group, theme and status, and two checks `Scripts/check-documents` runs in a
/// real browser: the layout (`#layout-check`) and the controls themselves (`#script-check`).
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
            // The printed text is 180 mm wide (A4 less the 15 mm side margins of the style sheet).
            var textWidth = function () {
              var probe = doc.createElement("div");
              probe.style.cssText = "position: absolute; visibility: hidden; width: 180mm;";
              doc.body.appendChild(probe);
              var width = probe.getBoundingClientRect().width;
              doc.body.removeChild(probe);
              return width;
            };
            var check = function (media) {
              var main = doc.querySelector("main").getBoundingClientRect().width;
              // On paper the limit is the text width, even where a browser widens the page to fit.
              var width = media === "print" ? textWidth() : main;
              var wide = [];
              var overflowing = [];
              if (main > width + 1) { wide.push("the page itself (" + Math.round(main) + " px)"); }
              each(doc.querySelectorAll("table, figure svg"), function (element) {
                if (element.getBoundingClientRect().width > width + 1) {
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

          // Script check (only with #script-check in the address): clicks every sort button twice
          // and tries every filter value, as a reader would, and writes what happened into the page.
          if (location.hash === "#script-check") {
            var problems = [];
            var keysOf = function (table, index) {
              return Array.prototype.map.call(table.tBodies[0].rows, function (row) { return sortKey(row.cells[index]); })
                .filter(function (key) { return key !== ""; });
            };
            var inOrder = function (keys, numeric, ascending) {
              for (var i = 1; i < keys.length; i += 1) {
                var order = numeric ? Number(keys[i - 1]) - Number(keys[i]) : keys[i - 1].localeCompare(keys[i], language);
                if (ascending ? order > 0 : order < 0) { return false; }
              }
              return true;
            };
            var sorted = 0;
            each(doc.querySelectorAll("table[data-sortable]"), function (table) {
              each(table.tHead.rows[0].cells, function (heading, index) {
                var button = heading.querySelector("button");
                if (!button) { return; }
                var numeric = heading.getAttribute("data-sort") === "number";
                button.click();
                if (heading.getAttribute("aria-sort") !== "ascending" || !inOrder(keysOf(table, index), numeric, true)) {
                  problems.push("ascending by " + button.textContent);
                }
                button.click();
                if (heading.getAttribute("aria-sort") !== "descending" || !inOrder(keysOf(table, index), numeric, false)) {
                  problems.push("descending by " + button.textContent);
                }
                sorted += 1;
              });
            });
            var filtered = 0;
            var allRows = doc.querySelectorAll("table[data-filterable] tbody tr");
            each(doc.querySelectorAll("form.filters select"), function (select) {
              var key = "data-" + select.getAttribute("data-filter");
              each(select.options, function (option) {
                if (option.value === "") { return; }
                select.value = option.value;
                select.dispatchEvent(new Event("change", { bubbles: true }));
                var expected = Array.prototype.filter.call(allRows, function (row) { return row.getAttribute(key) === option.value; });
                var shown = Array.prototype.filter.call(allRows, function (row) { return !row.hidden; });
                if (shown.length !== expected.length || shown.some(function (row) { return row.getAttribute(key) !== option.value; })) {
                  problems.push(select.id + "=" + option.value + " shows " + shown.length + " rows, expected " + expected.length);
                }
                filtered += 1;
              });
              select.value = "";
              select.dispatchEvent(new Event("change", { bubbles: true }));
            });
            if (Array.prototype.some.call(allRows, function (row) { return row.hidden; })) { problems.push("rows stay hidden with every filter at all"); }
            var result = doc.createElement("p");
            result.id = "script-check";
            result.textContent = "SCRIPT-CHECK " + (problems.length === 0 && sorted > 0 && filtered > 0 ? "PASSED" : "FAILED") + ": " +
              sorted + " columns sorted both ways, " + filtered + " filter values tried; problems: " + (problems.join(" | ") || "none");
            doc.querySelector("main").appendChild(result);
          }
        })();
        """
}
