# b12-012  commercial  complete (PI*SZ with a documented level below threshold)
# Style: secure-chat thread + time-column flowsheet (fixed width) + reference-lab report +
# pulmonary note.  Zemaira whole vials 4,996 mg, J0256 x500 JZ.


def _row(label, vals, lw=25, cw=9):
    return (label.ljust(lw) + "".join(str(v).rjust(cw) for v in vals)).rstrip()


_T = ["1302", "1318", "1338", "1346", "1354", "1409", "1425"]

_chat = """Epic Secure Chat - conversation printed to chart (Media)       03/03/2026 15:10
Patient: BRIGGS, CALLUM R (MRN 2290415)
Members: Renata Silva RN (Infusion) | Jonah Feld PharmD (Infusion Pharmacy) | Miriam Achebe MD (Pulm)

03/03/2026 12:49 Renata Silva RN
  Mr Briggs checked in for Zemaira. Wt 84.0 kg (84.3 last week). BP 152/90 first read, recheck
  at 13:02 before we start. No illness this week.
03/03/2026 12:53 Jonah Feld PharmD
  60 x 84.0 = 5,040 mg. I have a 4 g kit labeled 3,984 mg and a 1 g vial labeled 1,012 mg ->
  4,996 mg, -0.9%. Whole vials, no waste. Verifying now.
03/03/2026 12:55 Jonah Feld PharmD
  Lots: kit P100463318 exp 11/30/2027, 1 g vial P100461190 exp 09/30/2027.
03/03/2026 12:56 Renata Silva RN
  thanks. Dr Achebe - his BP is up, he says he forgot his amlodipine this AM. ok to proceed if
  recheck <160/100?
03/03/2026 12:58 Miriam Achebe MD
  Yes, proceed if < 160/100 and asymptomatic. Have him take his dose when he gets home.
03/03/2026 13:03 Renata Silva RN
  Recheck 138/84. Starting shortly.
03/03/2026 13:07 Miriam Achebe MD
  Also - he asked me last week about his brother, who is SZ too and was told he "doesn't
  qualify". Brother's level was 96 and he has no lung disease, so that's different from Callum.
  I'll call him, no action for you.
03/03/2026 13:40 Renata Silva RN
  Infusion started 1338.
03/03/2026 13:56 Renata Silva RN
  Complete 1354, both vials fully infused, no waste. Tolerated well.
03/03/2026 13:57 Jonah Feld PharmD
  👍 charted JZ on the charge.
"""

_flow = "\n".join([
    "CEDAR HOLLOW MEDICAL CENTER - INFUSION SERVICES        FLOWSHEET: A1PI WEEKLY (time columns)",
    "BRIGGS, CALLUM R    MRN 2290415    59 y M    Date 03/03/2026    Chair 12    RN R. Silva",
    "Order: Zemaira 60 mg/kg IV weekly (Dr. M. Achebe)    Allergies: NKDA",
    "=" * 88,
    _row("Time", _T),
    _row("BP (mmHg)", ["138/84", "136/82", "134/80", "132/80", "134/82", "130/78", "132/80"]),
    _row("Pulse", ["84", "82", "86", "84", "82", "80", "78"]),
    _row("Resp", ["18", "18", "18", "18", "16", "16", "16"]),
    _row("SpO2 (%)", ["95", "95", "95", "96", "96", "96", "96"]),
    _row("Temp (C)", ["36.7", "--", "--", "--", "36.8", "--", "36.7"]),
    _row("PIV 22g R AC", ["placed", "WNL", "WNL", "WNL", "WNL", "WNL", "d/c"]),
    _row("Zemaira rate (mL/hr)", ["--", "--", "400", "400", "--", "--", "--"]),
    _row("Zemaira vol (mL)", ["--", "--", "0", "53", "96", "--", "--"]),
    _row("Zemaira status", ["--", "--", "Start", "Running", "Done", "--", "--"]),
    _row("NS flush (mL)", ["10", "--", "--", "--", "20", "--", "--"]),
    _row("Reaction", ["--", "--", "none", "none", "none", "none", "--"]),
    "-" * 88,
    "Weight 84.0 kg (standing, 12:47)   Dosing weight 84.0 kg",
    "Dose: Zemaira 4,996 mg IV (4 g kit 3,984 mg + 1 g vial 1,012 mg, actual potency per label)",
    "      reconstituted 76 mL + 20 mL = 96 mL; rate 0.08 mL/kg/min = 6.7 mL/min",
    "Lot P100463318 exp 11/30/2027 (kit); Lot P100461190 exp 09/30/2027 (1 g)",
    "Waste: none - both vials infused in full.",
    "1318 pre-start check: hold criteria none; took amlodipine? no (forgot) - per MD proceed.",
    "1425 post-observation complete, d/c ambulatory. Next 03/10/2026 13:00.",
    "Signed R. Silva RN 03/03/2026 14:31",
])

_lab = """CEDAR HOLLOW REFERENCE LABORATORY                         Final report
Patient: BRIGGS, CALLUM R     DOB 07/28/1966     MRN 2290415     Sex M
Ordering: Miriam Achebe, MD     Collected 06/14/2023 08:12     Reported 06/29/2023 16:40

ALPHA-1 ANTITRYPSIN DEFICIENCY PROFILE
Test                                  Result        Flag    Reference           Units
Alpha-1 antitrypsin, serum            48            L       100-190             mg/dL
  Method: immunonephelometry
C-reactive protein                    2.1                   <8.0                mg/L
Alpha-1 antitrypsin phenotype (IEF)   SZ            A       MM
SERPINA1 genotyping (targeted)
  S allele (c.863A>T, p.Glu288Val)     DETECTED - heterozygous
  Z allele (c.1096G>A, p.Glu366Lys)    DETECTED - heterozygous

INTERPRETATION
Compound heterozygous for the S and Z deficiency alleles (PI*SZ), concordant with the IEF
phenotype SZ and the reduced serum concentration. PI*SZ is associated with an increased
risk of emphysema, particularly with smoking or occupational exposures; liver risk is
lower than PI*ZZ. Genetic counseling and testing of first-degree relatives is recommended.
This assay detects only the S and Z alleles; rare and null alleles are not excluded by
genotyping but would be inconsistent with the phenotype.
Reviewed by: Hannah Obi, MD, PhD, Molecular Pathology     06/29/2023
"""

_note = """CEDAR HOLLOW PULMONARY - PROGRESS NOTE
Date: 02/10/2026      Provider: Miriam Achebe, MD
Patient: Callum R. Briggs, 59 M     MRN 2290415     Payer: UnitedHealthcare Choice Plus

HPI
Mr. Briggs is a never-smoking former grain-elevator operator (20 years of grain-dust
exposure) with PI*SZ alpha-1 antitrypsin deficiency and emphysema, on weekly Zemaira since
10/2023. He feels stable: one exacerbation in the last year (vs three in the year before
starting), walks 2-3 miles on the weekend, still does light farm work with a mask. No
hemoptysis. No infusion reactions.

Background: AAT 48 mg/dL (06/2023) by nephelometry, below the 57 mg/dL nephelometry cutoff
used by his plan. An earlier level of 59 mg/dL (11/2021) was drawn during a pneumonia
with CRP 88 mg/L and was not interpreted as baseline. Phenotype SZ; genotype PI*SZ.
CT 2023: moderate centrilobular and panlobular emphysema, lower > upper zones.
UHC authorization for augmentation: Auth # A417730125, 10/01/2025 - 09/30/2026.

Other history: hypertension; hyperlipidemia; left rotator-cuff repair 2020.
Medications: tiotropium/olodaterol 2 inhalations daily; albuterol PRN; amlodipine 5 mg;
atorvastatin 40 mg; Zemaira IV weekly.
Family: brother PI*SZ (level 96 mg/dL, normal CT); daughter PI*MS.

EXAM
Weight 84.3 kg; BP 134/82; HR 80; SpO2 96% RA. Mildly diminished breath sounds, no wheeze.

DATA
PFTs 01/2026: post-BD FEV1 2.06 L (58% predicted), FEV1/FVC 0.55, DLCO 62%.
01/2025: FEV1 2.10 L (58% predicted).

ASSESSMENT
1. AATD PI*SZ with emphysema (E88.01, J43.2/J43.1), never smoker with occupational
   dust exposure. Good response: fewer exacerbations, FEV1 stable at 58% predicted, no
   reactions to Zemaira.
2. Hypertension - mildly above goal; PCP to adjust.

PLAN
Continue Zemaira 60 mg/kg IV weekly, whole-vial rounding per pharmacy. Annual PFTs.
Respirator fit-test for farm work. RTC 6 months.

Miriam Achebe, MD   02/10/2026 12:15
"""

CHART = {
    "chart_id": "b12-012",
    "date_of_service": "2026-03-03",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "prior_authorization": "A417730125",
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-03", "text": _chat},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-03", "text": _flow},
        {"id": "d3", "type": "lab_report", "date": "2023-06-29", "text": _lab},
        {"id": "d4", "type": "progress_note", "date": "2026-02-10", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-012",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 48, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 59, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 58},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0},
        {"kind": "weight", "value": 84.3, "unit": "kg", "value_kg": 84.3},
        {"kind": "dose", "value": 4996},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100463318"},
        {"kind": "lot_number", "value": "P100461190"},
        {"kind": "expiration_date", "value": "2027-11-30"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "infusion_start", "value": "13:38"},
        {"kind": "infusion_end", "value": "13:54"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "A417730125"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete. Commercial profile accepts PI*SZ only with a low level: 48 mg/dL (nephelometry) is "
        "below 57 mg/dL -> genotype met. The 59 mg/dL level during pneumonia is the patient's measured "
        "level (listed; above threshold) but one level below suffices. '57 mg/dL cutoff used by his "
        "plan' is a threshold, not a result. Lab report: 'heterozygous' on each of S and Z in a "
        "compound heterozygote adds no M allele; reference 'MM' is not a result. Brother PI*SZ with "
        "level 96 and daughter PI*MS are family. Chat: pharmacist's '60 x 84.0 = 5,040 mg' is a "
        "calculation; check-in 12:49 and BP recheck 13:02/13:03 are not infusion times; start 1338 and "
        "complete 1354 match the flowsheet (Start/Done columns). 84.3 kg (last week / 02/10 clinic) is "
        "a historical weight. Never smoker; FEV1 58% in range."
    ),
}

ARITH = {
    "dos": "2026-03-03",
    "profile": "commercial",
    "product": "Zemaira",
    "code": "J0256",
    "weight": {"value": 84.0, "unit": "kg", "kg": 84.0},
    "dose_mg": 4996,
    "target_mg": 5040.0,
    "deviation_pct": -0.87,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 3984, "lot": "P100463318"},
        {"nominal_mg": 1000, "labeled_mg": 1012, "lot": "P100461190"},
    ],
    "waste_mg": 0,
    "admin_units_expected": 500,
    "billed_admin_units": 500,
    "jw_units_expected": None,
    "modifier_expectation": "commercial: no JW; JZ with no waste acceptable",
    "lots": [
        {"lot": "P100463318", "exp": "2027-11-30", "expired": False},
        {"lot": "P100461190", "exp": "2027-09-30", "expired": False},
    ],
}
