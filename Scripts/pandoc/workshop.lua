-- workshop.lua: a pandoc Lua filter that turns WorkshopKit's Markdown exports (GitHub-flavoured
-- Markdown) into good documents in any format pandoc writes. Tested with pandoc 2.17.
--
--   pandoc -f gfm --lua-filter Scripts/pandoc/workshop.lua \
--     --reference-doc Exports/coesfeld-12/paper.docx -M lang=de \
--     --resource-path Exports/coesfeld-12 Exports/coesfeld-12/project-list.md -o projektliste.docx
--
-- What it does, and why GFM alone cannot:
--   1. Title and date: the only first-level heading becomes the document's title (as pandoc's
--      --shift-heading-level-by=-1 does; the other headings move up a level) and the
--      "Stand: …" / "As of …" line under it the document's date.
--   2. Line breaks in table cells: GFM writes them as <br>, which pandoc keeps only in HTML and
--      drops elsewhere (.docx showed "…Sektoren?Welche…"); here they become real line breaks.
--   3. Links between exports (`briefs/P19.md`, `../project-list.md`) point to the rendered
--      sibling: `.md` becomes the output's extension (`.docx`, `.html`, `.odt`, `.pdf`), so a
--      folder of converted files links up. GFM cannot say this itself: its links name files.
--   4. Column widths: pandoc's GFM reader ignores the separator dashes (every column gets
--      ColWidthDefault, equal narrow columns in .docx that break words); here each column gets
--      at least its longest word and shares the rest by its longest line, as browsers lay out
--      tables. Cells holding an amount or id never break inside: the exports write them with
--      no-break spaces and non-breaking hyphens.

local extensions = {
  docx = "docx", odt = "odt", html = "html", html4 = "html", html5 = "html", epub = "epub", epub3 = "epub",
  latex = "pdf", beamer = "pdf", context = "pdf", ms = "pdf", rtf = "rtf", plain = "txt",
}
local extension = extensions[FORMAT]

-- How many characters of table text fit across the page; widths are fractions of it.
local line_characters = 100
-- Space around the text of a cell, in characters.
local padding = 2

local function length(text)
  return utf8.len(text) or #text
end

-- The longest word and the longest line of a cell's blocks, in characters.
local function measure(blocks)
  local longest_word, longest_line, line = 0, 0, 0
  pandoc.walk_block(pandoc.Div(blocks), {
    Str = function(el)
      longest_word = math.max(longest_word, length(el.text))
      line = line + length(el.text)
    end,
    Space = function() line = line + 1 end,
    LineBreak = function()
      longest_line = math.max(longest_line, line)
      line = 0
    end,
    RawInline = function(el)
      if el.format == "html" and el.text:match("^<br%s*/?>$") then
        longest_line = math.max(longest_line, line)
        line = 0
      end
    end,
  })
  return longest_word, math.max(longest_line, line)
end

-- As WorkshopKit's ColumnWidths: minimum = longest word, preferred = longest line.
local function fit(minimum, preferred, available)
  local min_sum, pref_sum = 0, 0
  for i = 1, #minimum do
    min_sum = min_sum + minimum[i]
    pref_sum = pref_sum + preferred[i]
  end
  local widths = {}
  for i = 1, #minimum do
    if pref_sum <= available then
      widths[i] = preferred[i] / pref_sum
    elseif min_sum >= available then
      widths[i] = minimum[i] / min_sum
    else
      local share = (available - min_sum) / (pref_sum - min_sum)
      widths[i] = (minimum[i] + (preferred[i] - minimum[i]) * share) / available
    end
  end
  return widths
end

function Table(el)
  local minimum, preferred = {}, {}
  for i = 1, #el.colspecs do
    minimum[i], preferred[i] = 1, 1
  end
  local function visit(rows)
    for _, row in ipairs(rows) do
      for i, cell in ipairs(row.cells) do
        if i <= #el.colspecs then
          local word, line = measure(cell.contents)
          minimum[i] = math.max(minimum[i], word + padding)
          preferred[i] = math.max(preferred[i], line + padding)
        end
      end
    end
  end
  visit(el.head.rows)
  for _, body in ipairs(el.bodies) do
    visit(body.head)
    visit(body.body)
  end
  local widths = fit(minimum, preferred, line_characters)
  for i, spec in ipairs(el.colspecs) do
    el.colspecs[i] = { spec[1], widths[i] }
  end
  return el
end

function RawInline(el)
  if el.format == "html" and el.text:match("^<br%s*/?>$") then
    return pandoc.LineBreak()
  end
end

function Link(el)
  -- Only relative links to Markdown files; URLs (with a scheme) and anchors stay.
  if extension and not el.target:match("^%a[%w+.-]*:") then
    local path, fragment = el.target:match("^([^#]*)%.md(#?.*)$")
    if path then
      el.target = path .. "." .. extension .. fragment
    end
  end
  return el
end

function Pandoc(doc)
  local blocks = doc.blocks
  if doc.meta.title == nil then
    local titles = 0
    for _, block in ipairs(blocks) do
      if block.t == "Header" and block.level == 1 then titles = titles + 1 end
    end
    if titles == 1 and blocks[1].t == "Header" and blocks[1].level == 1 then
      doc.meta.title = blocks[1].content
      blocks:remove(1)
      blocks = blocks:walk({
        Header = function(header)
          header.level = math.max(1, header.level - 1)
          return header
        end,
      })
    end
  end
  local first = blocks[1]
  if doc.meta.date == nil and first and first.t == "Para" and first.content[1] and first.content[1].t == "Str" then
    local word = first.content[1].text
    if word == "Stand:" or (word == "As" and first.content[3] and first.content[3].text == "of") then
      doc.meta.date = first.content
      blocks:remove(1)
    end
  end
  doc.blocks = blocks
  return doc
end
