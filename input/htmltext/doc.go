// Package htmltext extracts the text a reader sees from an HTML document or
// fragment (a newsletter, an HTML e-mail body, a saved wiki page), laid out
// as plain paragraphs for leadlint's engine.
//
// It walks the token stream of golang.org/x/net/html's tokenizer rather than
// building a DOM or using regular expressions: the tokenizer handles
// entities, raw-text elements such as <script> and malformed markup the way
// browsers do, and a single pass keeps time and memory linear in the input.
//
// Layout rules, chosen so that the engine's sentence splitter never joins
// text from two separate blocks: block-level elements (p, div, li, tr,
// headings, ...) start a new paragraph, separated by one blank line; <br>
// starts a new line; cells of a table row are joined on one line with " | ";
// inline elements run together; runs of white space inside a paragraph
// become one space and each line is trimmed. Elements whose content is not
// visible prose (script, style, head, svg, forms' option lists, media
// fallbacks, anything marked hidden) are dropped, as are comments, the
// doctype and image alt text.
package htmltext
