"""b20-007: commercial, gaps: code_selection conflict (Glassia billed J0256) and wastage_documented conflict
(JW line on a commercial claim). Styles (5) commercial appeal letter quoting the chart, the denial, the
policy and the disputed claim lines + (7) weekly run sheet with a canceled week and a Friday make-up;
pulmonology note. Glassia."""

CHART_ID = "b20-007"
DOS = "2025-10-21"
PAYER = {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 422, "modifiers": []},
    {"hcpcs": "J0256", "units": 84, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
GREAT LAKES CHEST & INFUSION, PLLC
2201 Harbor Blvd, Suite 410, Erie, PA                       NPI 1932007781

November 12, 2025

UnitedHealthcare - Provider Appeals
P.O. Box 30559, Salt Lake City, UT 84130-0559

RE: First-level provider appeal - request for reconsideration
Patient: Lucas Ferreira        DOB: 04/18/1966       Member ID: 9044718203
Group: 0716621                 Claim #: FR41128830071     DOS: 10/21/2025
Authorization: A079318842 (alpha-1 proteinase inhibitor, weekly, 05/01/2025-04/30/2026)

Claim lines under dispute
  Ln  HCPCS  Mod  Units  Charge      Denial
  1   J0256       422    $3,924.60   CARC 197 / RARC N54 - "service billed does not
                                     match the authorized service (auth issued under J0257)"
  2   J0256  JW   84     $781.20     CARC 96 / RARC N670 - wastage not reimbursed
  3   96365       1      $198.00     CARC 197 (follows line 1)

Dear Reviewer,

Mr. Ferreira has received weekly augmentation with Glassia at our infusion
center since 2020 and this authorization was approved for exactly that drug.
J0256 and J0257 describe the same drug class (alpha 1-proteinase inhibitor,
human, 10 mg), so we believe line 1 was denied on a technicality and ask that
the authorization be applied. The discarded amount on line 2 (840 mg) is
single-use vial waste documented in the chart.

Supporting excerpts from the record:
  * Pulmonology note 09/30/2025: "alpha-1 antitrypsin deficiency, PiZZ
    phenotype ... post-bronchodilator FEV1 33% of predicted ... former smoker,
    quit 2005 ... no exacerbations since 03/2024 on Glassia."
  * Serum AAT 03/2016 (pre-treatment): 26 mg/dL.
  * Run sheet 10/21/2025: weight 70.3 kg; Glassia 4,220 mg infused 0940-1052.

Your Medical Benefit Drug Policy "Alpha1-Proteinase Inhibitors" states
coverage for members with "Pi*ZZ, Pi*Z(null), Pi*(null)(null) protein
phenotypes (homozygous) or other disease-causing alleles", "serum AAT less
than 11 micromol/L" and "emphysema confirmed by pulmonary function testing".
All criteria are met.

Prior history with this member's claims: the 10/07/2025 and 10/17/2025 claims,
billed the same way, are still pending.

Sincerely,
Renata Okonkwo, MD                    Bill Sutter, Billing Manager
Attachments: authorization letter, 09/30/2025 note, run sheet, 2016 lab
"""

D2 = """
GREAT LAKES CHEST & INFUSION - WEEKLY RUN SHEET        Pt: FERREIRA, LUCAS   DOB 04/18/1966
Regimen: Glassia (A1PI) 60 mg/kg IV weekly, TUESDAYS 0930     Auth A079318842
Vials: Glassia 1 g/50 mL; actual potency per carton recorded below     Printed 11/03/2025

WEEK OF 10/06/2025
  Tue 10/07   STATUS: GIVEN        Wt 70.8 kg   Dose 4,250 mg (210.0 mL)
              Vials 5 x 1,012 mg   Lot KA25C0117  Exp 06/2026   Waste 810 mg
              Start 0938   Stop 1049   RN MB    Notes: no rxn

WEEK OF 10/13/2025
  Tue 10/14   STATUS: CANCELED     pt called 0815 - car broke down; rescheduled
  Fri 10/17   STATUS: GIVEN (MAKE-UP for wk of 10/13)
              Wt 70.6 kg   Dose 4,240 mg (209.5 mL)
              Vials 5 x 1,012 mg   Lot KA25C0117  Exp 06/2026   Waste 820 mg
              Start 1302   Stop 1416   RN TC    Notes: mild HA, acetaminophen 500 mg PO

WEEK OF 10/20/2025
  Tue 10/21   STATUS: GIVEN        Wt 70.3 kg   Dose 4,220 mg (208.5 mL)
              Vials 5 x 1,012 mg   Lot KB25E0392  Exp 09/30/2026   Waste 840 mg
              Start 0940   Stop 1052   RN MB    Notes: 5 micron filter, rate
              3.0 mL/min (0.04 mL/kg/min), no rxn; pt reports breathing "good week"

WEEK OF 10/27/2025
  Tue 10/28   STATUS: GIVEN        Wt 70.1 kg   Dose 4,210 mg (208.0 mL)
              Vials 5 x 1,012 mg   Lot KB25E0392  Exp 09/30/2026   Waste 850 mg
              Start 0935   Stop 1044   RN MB    Notes: no rxn

WEEK OF 11/03/2025
  Tue 11/04   STATUS: SCHEDULED    est. dose 4,200 mg

Billing per week: 1 drug line + JW line + 96365.  RN key: MB = M. Baptiste RN,
TC = T. Calloway RN.  Pharmacy: Kamal Rizvi, PharmD.
"""

D3 = """
GREAT LAKES CHEST - PULMONOLOGY FOLLOW-UP                    09/30/2025
Patient: Lucas Ferreira, 59 y/o male       Provider: Renata Okonkwo, MD

HPI: Mr. Ferreira has alpha-1 antitrypsin deficiency, PiZZ phenotype
(IEF 2016), with emphysema, on weekly Glassia since 2020. He is doing well:
no exacerbations since 03/2024 on Glassia, no hospitalizations, walks his dog
2 miles daily, mMRC 1. Former smoker, quit 2005 (20 pack-years). Works as a
machinist, uses respirator.

Objective: BP 130/82, HR 68, SpO2 95% RA, Wt 70.9 kg.
 Post-bronchodilator spirometry today: FEV1 1.18 L = 33% of predicted,
 FVC 3.60 L (82%), FEV1/FVC 0.33 (LLN 0.66). Pre-BD FEV1 1.12 L (31%).
 Serum AAT 03/2016 (pre-treatment): 26 mg/dL (nephelometry).
 HRCT 2016: panlobular emphysema, bibasilar.

Assessment:
 1. Alpha-1 antitrypsin deficiency, PiZZ, with panlobular emphysema -
    stable, FEV1 decline ~30 mL/yr, clinically responding to augmentation.
 2. Severe airflow obstruction, GOLD 3.

Plan: continue Glassia 60 mg/kg weekly (UHC auth A079318842 through 04/2026).
 Continue umeclidinium/vilanterol 62.5/25 daily. Pulmonary rehab refresher.
 His brother (PiZZ, smoker) was advised to see us; not our patient yet.
 Repeat PFTs in 6 months.

Renata Okonkwo, MD
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2025-11-12", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-11-03", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-09-30", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, PiZZ phenotype"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PiZZ phenotype\n(IEF 2016)"},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL", "_doc": "d3", "_ev": "Serum AAT 03/2016 (pre-treatment): 26 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, bibasilar"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "Severe airflow obstruction, GOLD 3"},
    {"kind": "weight", "value": 70.8, "unit": "kg", "value_kg": 70.8, "_date": "2025-10-07", "_doc": "d2", "_ev": "Wt 70.8 kg"},
    {"kind": "weight", "value": 70.6, "unit": "kg", "value_kg": 70.6, "_date": "2025-10-17", "_doc": "d2", "_ev": "Wt 70.6 kg"},
    {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3, "_date": "2025-10-21", "_doc": "d2", "_ev": "Wt 70.3 kg"},
    {"kind": "weight", "value": 70.1, "unit": "kg", "value_kg": 70.1, "_date": "2025-10-28", "_doc": "d2", "_ev": "Wt 70.1 kg"},
    {"kind": "weight", "value": 70.9, "unit": "kg", "value_kg": 70.9, "_date": "2025-09-30", "_doc": "d3", "_ev": "Wt 70.9 kg"},
    {"kind": "dose", "value": 4220, "_doc": "d2", "_ev": "Dose 4,220 mg (208.5 mL)"},
    {"kind": "wastage", "value": 840, "_doc": "d2", "_ev": "Waste 840 mg"},
    {"kind": "lot_number", "value": "KB25E0392", "_doc": "d2", "_ev": "Lot KB25E0392  Exp 09/30/2026   Waste 840 mg"},
    {"kind": "expiration_date", "value": "2026-09-30", "_doc": "d2", "_ev": "Exp 09/30/2026   Waste 840 mg"},
    {"kind": "infusion_start", "value": "09:40", "_doc": "d2", "_ev": "Start 0940   Stop 1052"},
    {"kind": "infusion_end", "value": "10:52", "_doc": "d2", "_ev": "Start 0940   Stop 1052"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "clinically responding to augmentation"},
    {"kind": "prior_authorization", "value": "A079318842", "_doc": "d3", "_ev": "UHC auth A079318842"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d2", "_ev": "Regimen: Glassia (A1PI)"},
    {"kind": "fev1", "value": 33, "_doc": "d3", "_ev": "FEV1 1.18 L = 33% of predicted"},
    {"kind": "fev1", "value": 31, "_doc": "d3", "_ev": "Pre-BD FEV1 1.12 L (31%)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 2005"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "conflict",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "conflict",
    "smoking_status": "met", "fev1_range": "met",
}

NOTES = """
Gaps: code_selection conflict (Glassia, the only product, billed on J0256; the payer's own denial says the
auth was issued under J0257 and the clinic's letter argues it away) and wastage_documented conflict (commercial
claim with a JW line, 84 units). units_match_dose is met for J0256 as billed (422 = ceil(4,220/10)). The DOS
is the regular Tuesday 10/21 after a canceled 10/14 and a Friday 10/17 make-up. Traps: other weeks' doses,
lots (KA25C0117 06/2026), waste 810/820/850 mg and times; scheduled 11/04 'est. dose 4,200 mg'; billed
charges; CARC/RARC codes; policy quotes ('11 micromol/L'); FVC 82 % and LLN 0.66 (not FEV1); brother PiZZ.
FEV1 33 % post-BD and 31 % pre-BD are two values, both within 25-80.
"""

ARITH = {
    "weight_kg": 70.3, "weight_source": "d2 run sheet 10/21 row",
    "dose_mg": 4220, "target_mg": 4218.0, "pct_diff": 0.0, "within_10pct": True,
    "claim": [
        {"hcpcs": "J0256", "modifiers": [], "billed": 422, "expected": 422},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed": 84, "expected": 84},
    ],
    "waste_mg": 840, "jw_units_expected": 84,
    "lots": [{"lot": "KB25E0392", "exp": "2026-09-30", "dos": DOS, "ok": True}],
    "code_note": "Glassia requires J0257; J0256 billed (conflict); commercial JW line (conflict)",
}
