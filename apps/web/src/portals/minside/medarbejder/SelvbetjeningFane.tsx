import { BefordringSektion } from "../../befordring/medarbejder/BefordringSektion.tsx";
import { OplysningerSektion } from "../../dialog/medarbejder/OplysningerSektion.tsx";
import { AktindsigtSektion } from "../../indsigt/medarbejder/AktindsigtSektion.tsx";
import { JobSektion } from "../../job/medarbejder/JobSektion.tsx";
import { JoblogSektion } from "../../joblog/medarbejder/JoblogSektion.tsx";

/**
 * Tab "Selvbetjening" of the case: what the citizen has done on Min side, for the caseworker to see and act on: the
 * job log and the rights review, corrections of their details, transport claims to decide, and aktindsigt requests.
 */
export function SelvbetjeningFane({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  return (
    <>
      <JoblogSektion borgerId={borgerId} formaal={formaal} />
      <OplysningerSektion borgerId={borgerId} formaal={formaal} />
      <BefordringSektion borgerId={borgerId} formaal={formaal} />
      <AktindsigtSektion borgerId={borgerId} formaal={formaal} />
      <JobSektion borgerId={borgerId} />
    </>
  );
}
