"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

interface Similar {
  id: string;
  title: string;
  supportCount: number;
}

/** What the live region says after a search: a short count, so a screen reader is not read the whole list. */
export function similarQuestionsAnnouncement(count: number): string {
  if (count === 0) return "No similar questions";
  return `${count} similar ${count === 1 ? "question" : "questions"}`;
}

/**
 * As the title is typed, up to 5 published questions like it. Debounced so a fast typist sends one request per
 * pause, not one per key; only the count is announced (politely), and the list is there to read by moving on to it.
 */
export function SimilarQuestions({ title }: { title: string }) {
  const [results, setResults] = useState<Similar[]>([]);
  const [searched, setSearched] = useState("");

  useEffect(() => {
    const text = title.trim();
    if (text.length < 4) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/questions/similar?title=${encodeURIComponent(text)}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { questions: Similar[] };
        setResults(body.questions);
        setSearched(text);
      } catch {
        // Aborted by the next keystroke, or offline: suggestions are a help, not a requirement.
      }
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title]);

  const active = title.trim().length >= 4;
  const shown = active ? results : [];
  return (
    <div className="mb-6">
      <p role="status" className="sr-only">
        {searched && active ? similarQuestionsAnnouncement(shown.length) : ""}
      </p>
      {shown.length ? (
        <div className="border-l-4 border-brand bg-wash p-4">
          <h2 className="mb-2 text-xl">
            {shown.length === 1
              ? "A question like yours has been asked"
              : `${shown.length} questions like yours have been asked`}
          </h2>
          <p className="mb-3 text-base">
            If one of these asks the same thing, support it instead: questions with more support are seen first.
          </p>
          <ul className="space-y-3">
            {shown.map((q) => (
              <li key={q.id}>
                <Link href={`/questions/${q.id}`}>{q.title}</Link>{" "}
                <span className="text-base text-muted">
                  ({q.supportCount.toLocaleString("en-GB")} {q.supportCount === 1 ? "supporter" : "supporters"})
                </span>{" "}
                <Link href={`/questions/${q.id}`} className="text-base" aria-label={`Support this instead: ${q.title}`}>
                  Support this instead
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
