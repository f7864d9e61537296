import { phoneHref, websiteLabel, type SignpostingLink } from "@/lib/settings/signposting";

// The help lines an administrator keeps in the settings (lib/settings/signposting.ts), as a list: who, for whom,
// and how to reach them. The numbers and addresses were checked when saved: tel: and https: links only.

function HowToReach({ link }: { link: SignpostingLink }) {
  const call = link.phone ? <a href={phoneHref(link.phone)}>{link.phone}</a> : null;
  const visit = link.url ? <a href={link.url}>{websiteLabel(link.url)}</a> : null;
  if (call && visit) {
    return (
      <>
        Call {call} or visit {visit}.
      </>
    );
  }
  return call ? <>Call {call}.</> : <>Visit {visit}.</>;
}

export function SignpostingLinks({ links }: { links: readonly SignpostingLink[] }) {
  return (
    <ul className="mt-2 list-disc space-y-2 pl-6">
      {links.map((link) => (
        <li key={`${link.name}-${link.phone ?? ""}-${link.url ?? ""}`}>
          <strong>{link.name}</strong>: {link.description} <HowToReach link={link} />
        </li>
      ))}
    </ul>
  );
}
