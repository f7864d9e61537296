import ReactMarkdown from "react-markdown";

// Limited Markdown: paragraphs, emphasis, lists, quotes and links. Raw HTML is dropped, not rendered, and
// react-markdown builds React elements (escaped by React) with unsafe URL schemes removed.
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "a", "code"];

export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_li]:mb-1 [&_p]:break-words">
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        skipHtml
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
