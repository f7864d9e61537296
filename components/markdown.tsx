import ReactMarkdown from "react-markdown";

// Limited Markdown: paragraphs, emphasis, lists, quotes and links. react-markdown builds React elements (escaped
// by React) with unsafe URL schemes removed.
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "a", "code"];

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

export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_li]:mb-1 [&_p]:break-words">
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        remarkPlugins={[remarkHtmlAsText]}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="nofollow ugc noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
