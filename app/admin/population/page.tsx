import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { PopulationUploadForm } from "@/components/participation/population-upload-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatCount } from "@/lib/charts/format";
import { readPopulationFigures } from "@/lib/participation/queries";
import { replacePopulationAction } from "./actions";

export const metadata = { title: "Population figures" };

/** The census figures behind "Who is taking part", and the upload that replaces them. */
export default async function AdminPopulationPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/population");
  if (!can(actor, "population.manage")) forbidden();
  const figures = await readPopulationFigures();

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin">Back to administration</Link>
      </p>
      <h1 className="mb-4 text-4xl">Population figures</h1>
      <p className="mb-4">
        The <Link href="/taking-part">Who is taking part</Link> page compares the people taking part with these figures:
        the usual residents counted by the Census 2021 (Office for National Statistics), for each district and each age
        band. Uploading a file replaces all of them at once. The change is written to the{" "}
        <Link href="/admin/audit">audit log</Link> with the figures before and after.
      </p>
      <h2 className="mb-4 text-3xl">Figures in use</h2>
      {figures.length === 0 ? (
        <p className="mb-8">No population figures are loaded, so no rates are shown.</p>
      ) : (
        <table className="mb-8 w-full border-collapse">
          <caption className="mb-2 text-left font-bold">Census 2021 usual residents</caption>
          <thead>
            <tr className="border-b-2 border-line text-left">
              <th scope="col" className="py-2 pr-4">
                Group
              </th>
              <th scope="col" className="py-2 pr-4">
                Code in the file
              </th>
              <th scope="col" className="py-2 text-right">
                Usual residents
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((row) => (
              <tr key={`${row.group}:${row.code}`} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {row.group === "district" ? row.label : `Aged ${row.label.toLowerCase()}`}
                </th>
                <td className="py-2 pr-4">
                  <code>
                    {row.group},{row.code}
                  </code>
                </td>
                <td className="py-2 text-right tabular-nums">{formatCount(row.usualResidents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mb-4 text-3xl">Replace the figures</h2>
      <PopulationUploadForm action={replacePopulationAction} />
    </div>
  );
}
