/** A GOV.UK-style notification banner: a success or an important message above the page content. */
export function NotificationBanner({
  title,
  children,
  tone = "info",
}: {
  title: string;
  children: React.ReactNode;
  tone?: "info" | "success";
}) {
  const border = tone === "success" ? "border-success" : "border-brand";
  const header = tone === "success" ? "bg-success" : "bg-brand";
  return (
    <div role={tone === "success" ? "status" : "region"} aria-label={title} className={`mb-8 border-4 ${border}`}>
      <p className={`${header} px-4 py-1 font-bold text-white`}>{title}</p>
      <div className="px-4 py-3">{children}</div>
    </div>
  );
}
