import Link from "next/link";
import ReactMarkdown, { type Options } from "react-markdown";

// Limited Markdown: paragraphs, emphasis, lists, quotes and links. react-markdown builds React elements (escaped
// by React) with unsafe URL schemes removed.
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "a", "code"];
// The portal's own pages written in Markdown (content/learn) also have section headings (## and ###).
const EDITORIAL_ALLOWED = [...ALLOWED, "h2", "h3"];

/** The part of a Markdown syntax tree node this file reads (mdast, as remark parses it). */
interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem"]);

/**
 * HTML someone typed is shown as they typed it, never silently dropped: "<b>smart</b>" reads as those characters,
 * not as "smart" or as bold. Each HTML node becomes plain text (in a paragraph of its own where it stood as a
 * block), so nothing is rendered as markup and nothing typed disappears.
 */
function htmlAsTypedText(node: MarkdownNode): void {
  if (!node.children) return;
  const block = BLOCK_PARENTS.has(node.type);
  node.children = node.children.map((child) => {
    if (child.type !== "html") {
      htmlAsTypedText(child);
      return child;
    }
    const text = { type: "text", value: child.value ?? "" };
    return block ? { type: "paragraph", children: [text] } : text;
  });
}

function remarkHtmlAsText() {
  return (tree: MarkdownNode) => htmlAsTypedText(tree);
}

// Whole class names in plain strings, so that Tailwind's scanner finds every one of them.
const BLOCK_STYLES =
  "space-y-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_li]:mb-1 [&_p]:break-words";
const HEADING_STYLES = "[&_h2]:pt-4 [&_h2]:text-2xl [&_h3]:pt-2 [&_h3]:text-xl";

const USER_LINKS: Options["components"] = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow ugc noopener noreferrer">
      {children}
    </a>
  ),
};

// The portal's own words: its links are vouched for (no "nofollow ugc"), and a link within the site is a client
// navigation like any other on the page.
const EDITORIAL_LINKS: Options["components"] = {
  a: ({ href, children }) =>
    href?.startsWith("/") ? (
      <Link href={href}>{children}</Link>
    ) : (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    ),
};

/**
 * Markdown, sanitised: anything outside the allow-list is unwrapped to its text, and typed HTML shows as typed.
 * `editorial` is for the portal's own pages kept in the repository (headings allowed, links trusted); everything
 * people write (questions, responses, updates) uses the default. `remarkPlugins` run after the HTML-as-text step
 * (the glossary linker on learn pages).
 */
export function Markdown({
  children,
  editorial = false,
  remarkPlugins = [],
}: {
  children: string;
  editorial?: boolean;
  remarkPlugins?: NonNullable<Options["remarkPlugins"]>;
}) {
  return (
    <div className={editorial ? `${BLOCK_STYLES} ${HEADING_STYLES}` : BLOCK_STYLES}>
      <ReactMarkdown
        allowedElements={editorial ? EDITORIAL_ALLOWED : ALLOWED}
        unwrapDisallowed
        remarkPlugins={[remarkHtmlAsText, ...remarkPlugins]}
        components={editorial ? EDITORIAL_LINKS : USER_LINKS}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
