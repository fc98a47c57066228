# b22-003  commercial  styles (5) AATD multidisciplinary conference + (7) late entry / correction by another RN
# Gaps: fev1_range conflict (FEV1 84 % and 86 %), prior_authorization missing (request pending, tracking ref only).
# Glassia 4,980 mg, J0257 x498 without modifier, 20 mg waste documented in the late entry.

CHART_ID = "b22-003"
DOS = "2026-02-10"
PAYER = {"profile": "commercial", "name": "Meridian Choice PPO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 498, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
WESTLAKE INFUSION CENTER - OUTPATIENT INFUSION RECORD
Patient: WIERZBICKI, TOMASZ      MRN 7730192      DOB 03/30/1971
DOS: 02/10/2026    RN: R. Solis    Ordering: L. Brandvold, MD
Payer: Meridian Choice PPO    Auth #: [pending]
Allergies: NKDA        Dx: E88.01; J43.1

Pre-assessment 10:40  T 36.5  BP 128/76  HR 64  RR 16  SpO2 97% RA
  Wt 83.0 kg (scale)   No URI symptoms, no recent abx.
PIV 22g L AC 10:48, flushed NS 10 mL.

Medication: Glassia (alpha1-proteinase inhibitor [human]) 1 g/50 mL solution
  Ordered: 60 mg/kg = 4,980 mg IV weekly
  Given: 4,980 mg (249 mL)
  Lot: LE01B4471     Exp: 2026-09-30      Vials: 5 x 1 g
  5 micron in-line filter: yes
  Start: 11:02       Rate: 330 mL/h
  Stop: ____
  Waste: ____
Post VS: ____

Comments: pump alarm (air in line) 11:20, cleared, resumed 11:22. Pt c/o mild
headache, acetaminophen 500 mg PO 11:30 (pt's own). No hives, no wheeze.
RN signature: R. Solis, RN  02/10/2026
"""

D2 = """
ALPHA-1 CLINICAL RESOURCE CENTER - MULTIDISCIPLINARY CASE CONFERENCE
Date: 02/12/2026 07:30-08:45      Pulm conference room B / Teams
Attendees: Pulmonology - L. Brandvold, MD (chair), F. Osei, MD (fellow); Hepatology -
P. Iyer, MD; Genetics - C. Romero, MS, CGC; Pharmacy - D. Kwan, PharmD; Infusion
nursing - R. Solis, RN; Financial counseling - T. Beale
Cases today: (1) T.W. + family, (2) K.M. and (3) H.A. - separate notes.
This entry documents CASE 1 in the chart of WIERZBICKI, TOMASZ (MRN 7730192).
Relatives are referred to by initials; their details belong in their own charts.

CASE 1 - T.W., 54 M, alpha-1 antitrypsin deficiency PI*ZZ, on Glassia since 12/2024

PULMONOLOGY (Brandvold / Osei)
- Diagnosed 09/2024 after elevated ALT on employer screening: AAT 19 mg/dL
  (nephelometry, ref 90-200), genotype PI*ZZ (c.1096G>A homozygous), IEF ZZ.
- CT 10/2024: mild panlobular emphysema, lower lobes. Densitometry PD15 -942 HU;
  repeat 12/2025 PD15 -944 HU - no measurable loss.
- PFTs: FEV1 3.21 L (84 % pred) 01/2026; 3.27 L (86 % pred) 07/2025; FEV1/FVC
  0.68, mild airflow obstruction; DLCO 61 % pred.
- Lifelong non-smoker. No exacerbations in 14 months on Glassia, exercise tolerance
  unchanged (still plays league hockey), CT density stable.
- New employer plan (Meridian Choice PPO, eff 01/01/2026) requires FEV1 25-80 %
  predicted for initial approval; his FEV1 is above that. Consensus: continue
  augmentation given CT emphysema, reduced DLCO and ZZ genotype; appeal with the
  densitometry data if denied.

HEPATOLOGY (Iyer)
- ALT 52 (prev 61), AST 44 (prev 47). Elastography 7.9 kPa (prev 8.4 kPa 02/2025),
  F1-F2. US 01/2026: no focal lesion. No alcohol. Repeat elastography in 12 months.
- Sister M.K. (58), PI*ZZ with Child A cirrhosis, gets Prolastin-C 3,900 mg weekly at
  an outside center; not a transplant candidate at present.

GENETICS (Romero)
- Cascade testing: daughter A.W. (24) PI*MZ, AAT 96 mg/dL - carrier counseling done;
  son J.W. (21) declined testing for now; nephew (M.K.'s son) sample sent 02/05,
  result pending.
- Reminder for family letters: MZ relatives are not augmentation candidates; counsel
  on smoking and occupational dust/fume exposure.

PHARMACY (Kwan)
- 02/10 dose: Glassia 4,980 mg (249 mL) at 83.0 kg, 5 x 1 g vials; waste not yet
  charted - nursing late entry requested.
- Authorization: request faxed 01/28/2026 to Meridian, tracking ref MC-UM-5580213,
  status PENDING - no authorization number issued. 02/10 dose given under the plan's
  30-day transition-of-care provision (confirmed by phone 02/06, call ref
  CR-0206-1187).
- If denied: manufacturer bridge program; estimated weekly need ~5,000 mg.

INFUSION NURSING (Solis)
- 02/10: stop time and waste were not charted at the time (pump alarm, then a
  rapid-response call on the unit). Charge RN to enter a late entry from the pump log.

ACTION ITEMS
1. Fellow to draft appeal letter with CT densitometry and DLCO (due 02/16).
2. Genetics to send family letter to nephew's PCP once result is back.
3. Hold further doses after 03/10 if auth still pending - pharmacy to flag.
Recorded by F. Osei, MD; reviewed and signed L. Brandvold, MD 02/12/2026 09:10
"""

D3 = """
NURSING NOTE - LATE ENTRY
Written: 02/13/2026 14:20      Author: Michelle Adeyemi, RN (charge nurse)
LATE ENTRY for date of service 02/10/2026 - WIERZBICKI, TOMASZ (MRN 7730192).
Source: Alaris pump event log (channel A), reviewed 02/13/2026 with R. Solis, RN, who
administered the infusion.
- Glassia infusion completed (VTBI reached) at 11:47 on 02/10/2026.
- Waste: 20 mg (1 mL) left in the 5th vial, discarded in pharmaceutical waste;
  witnessed by R. Solis, RN (confirmed verbally 02/13).
- Post-infusion VS 11:55 (from paper vitals sheet): BP 124/70, HR 66, SpO2 97% RA.
- Discharged ambulatory 12:10 per R. Solis, RN.
Correction to infusion record of 02/10/2026: lot entered as LE01B4471 in error
(transcription); correct lot per pharmacy dispensing-label scan is LE01B4477.
Expiration 2026-09-30 unchanged.
M. Adeyemi, RN  02/13/2026 14:31
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-12", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-13", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "genotype PI*ZZ (c.1096G>A homozygous)"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 19 mg/dL", "_method": "nephelometry"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "mild panlobular emphysema, lower lobes"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "mild airflow obstruction"},
    {"kind": "weight", "value": 83.0, "unit": "kg", "value_kg": 83.0, "_doc": "d1", "_ev": "Wt 83.0 kg (scale)", "_date": "2026-02-10"},
    {"kind": "dose", "value": 4980, "_doc": "d1", "_ev": "Given: 4,980 mg (249 mL)"},
    {"kind": "wastage", "value": 20, "_doc": "d3", "_ev": "Waste: 20 mg (1 mL)"},
    {"kind": "lot_number", "value": "LE01B4477", "_doc": "d3", "_ev": "correct lot per pharmacy dispensing-label scan is LE01B4477"},
    {"kind": "expiration_date", "value": "2026-09-30", "_doc": "d1", "_ev": "Exp: 2026-09-30"},
    {"kind": "infusion_start", "value": "11:02", "_doc": "d1", "_ev": "Start: 11:02"},
    {"kind": "infusion_end", "value": "11:47", "_doc": "d3", "_ev": "completed (VTBI reached) at 11:47"},
    {"kind": "fev1", "value": 84, "_doc": "d2", "_ev": "FEV1 3.21 L (84 % pred)"},
    {"kind": "fev1", "value": 86, "_doc": "d2", "_ev": "3.27 L (86 % pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "No exacerbations in 14 months on Glassia"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Lifelong non-smoker"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d1", "_ev": "Medication: Glassia", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "met",
    "smoking_status": "met", "fev1_range": "conflict",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 83.0, "weight_date": "2026-02-10",
    "dose_mg": 4980, "target_mg": 4980.0, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 498, "units_billed": 498,
    "vials_mg": [1000, 1000, 1000, 1000, 1000], "waste_mg": 20, "jw_expected": 2, "jw_billed": 0,
    "expirations": ["2026-09-30"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "LE01B4471", "lot entered in error, corrected in the late entry"),
    ("d1", "Auth #: [pending]", "no number"),
    ("d1", "Ordered: 60 mg/kg = 4,980 mg", "order (same value as given)"),
    ("d1", "11:20, cleared, resumed 11:22", "pump alarm times"),
    ("d1", "acetaminophen 500 mg PO 11:30", "other drug"),
    ("d1", "Pre-assessment 10:40", "vitals time"),
    ("d1", "Stop: ____", "blank field"),
    ("d2", "tracking ref MC-UM-5580213", "request tracking number, not an authorization"),
    ("d2", "CR-0206-1187", "call reference"),
    ("d2", "FEV1 25-80 %", "policy range"),
    ("d2", "ref 90-200", "reference range"),
    ("d2", "Prolastin-C 3,900 mg weekly", "sister's product and dose"),
    ("d2", "AAT 96 mg/dL", "daughter's level"),
    ("d2", "~5,000 mg", "estimate"),
    ("d3", "11:55", "post vitals"),
    ("d3", "12:10", "discharge"),
]

NOTES = """
Gaps: fev1_range conflict (commercial 25-80 %; FEV1 84 % 01/2026 and 86 % 07/2025) and prior_authorization
missing (request pending; 'tracking ref MC-UM-5580213' and a call reference are not authorization numbers;
'Auth #: [pending]'). The original infusion record leaves Stop and Waste blank; a late entry written 02/13 by
the charge RN (different clinician) from the pump log supplies stop 11:47 and waste 20 mg, and corrects the
lot LE01B4471 -> LE01B4477 (the corrected lot is the only lot finding). Commercial claim J0257 x498 with no
modifier and a waste statement: wastage met. Conference traps: sister PI*ZZ on Prolastin-C 3,900 mg, daughter
PI*MZ 96 mg/dL, nephew pending, policy FEV1 range, reference range 90-200, ~5,000 mg estimate, pump alarm
11:20/11:22, acetaminophen 11:30, post VS 11:55, discharge 12:10.
"""
