"""b27-010: medicare, 2 gaps. Styles (4) pharmacist clinical-intervention note (outdated order
weight, lb -> kg conversion, percent deviation, vial rounding at actual potency) and (6)
reference-lab report with two serum collections, an EDTA specimen and a corrected report.
Glassia 4 vials = 4,006 mg, billed J0256 401 JZ (Glassia is J0257)."""

CHART_ID = "b27-010"
DOS = "2026-03-12"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 401, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PHARMACIST CLINICAL INTERVENTION NOTE          Brookhaven Medical Center - Infusion Pharmacy
Date: 03/12/2026 08:47          Pharmacist: Yolanda Etxeberria, PharmD
Patient: HOLLINGSWORTH, VERNON L    MRN BH-2209481    DOB 01/30/1955    Dose # 3
Order: GLASSIA 60 mg/kg IV weekly (order text: "4,500 mg") - Dr. N. Castellanos
CDM item: GLASSIA 10 MG (HCPCS J0257), chargeable per 10 mg

Problem identified: order dose based on weight on file 75 kg (clinic 09/2025).
  Infusion-suite weight this morning: 150 lb -> 150 x 0.4536 = 68.0 kg.
  Weight-based dose today: 60 x 68.0 = 4,080 mg.
  Ordered 4,500 mg vs 4,080 mg: (4,500 - 4,080) / 4,080 = +10.3 %  -> outside the
  +/-10 % dose-rounding window (policy PHA-114).

Options (Glassia 1 g/50 mL; actual mg on carton):
  - 5 vials ~5,000 mg = +22.5 %  - not acceptable
  - 4 vials: lot GL25P201 x2 @ 1,006 mg = 2,012 mg
             lot GL25N088 x2 @   997 mg = 1,994 mg
             total 4,006 mg -> (4,006 - 4,080) / 4,080 = -1.8 %  - acceptable
  - 4 vials + partial 5th to reach 4,080 mg: adds a punctured vial with ~926 mg
    to discard - not recommended.

Recommendation: 4 whole vials (4,006 mg actual), no partial vial, no waste; update the
dosing weight to 68.0 kg. Communicated to Dr. Castellanos by secure chat 08:31;
accepted 08:40; order changed to "60 mg/kg (4 vials, actual potency)".
Also checked: IgA 203 mg/dL (10/2025) - normal; no anti-IgA history. Rate: label max
0.2 mL/kg/min = 13.6 mL/min; 200 mL over about 20 min with 5 micron filter.
Intervention type: dose/weight discrepancy. Time: 15 min. Significance: moderate.
"""

D2 = """
INFUSION FLOWSHEET                            Brookhaven Medical Center OP Infusion, Bay 6
Pt: Hollingsworth, Vernon L    MRN BH-2209481   Date 03/12/2026    RN: Curtis Nwosu, RN
Arrived 0802. Ambulatory. Spouse present.
Time   Event
0810   Wt 150 lb (standing). BP 146/82  HR 70  RR 18  T 36.4  SpO2 92% RA
0825   PIV 22g R forearm; NS KVO
0852   Pharmacy delivered GLASSIA x 4 vials (verified Y. Etxeberria 0847)
0855   2-RN check: lots GL25P201 (exp 10/31/2027) x2, GL25N088 (exp 07/31/2027) x2
1030   GLASSIA infusion started - 13 mL/min, 5 micron filter
1040   BP 142/80  HR 72  SpO2 93%
1049   GLASSIA infusion finished - 4 vials, all contents given: 4,006 mg. No waste.
1105   BP 140/80  HR 70  SpO2 93%. Skin without rash; lungs unchanged from arrival.
1108   PIV removed, catheter intact
1112   Discharged with spouse
Delay note: infusion start delayed 0900 -> 1030 awaiting dose clarification (see
pharmacy intervention).
"""

D3 = """
ALLIANCE DIAGNOSTIC REFERENCE LAB                          *** CORRECTED REPORT ***
Patient: HOLLINGSWORTH, VERNON L     DOB 01/30/1955     Gender: M
Physician: CASTELLANOS, NOEMI MD     Account 88-0417     Accession AD25-278-1190
Final issued 10/24/2025 09:30    Corrected 10/27/2025 14:12

SPECIMENS
  01  Serum        Collected 10/02/2025 07:48
  02  Serum        Collected 10/20/2025 08:05   (repeat, patient clinically well)
  03  EDTA blood   Collected 10/02/2025 07:48

RESULTS                                   SPEC   RESULT      FLAG   REFERENCE
  Alpha-1-antitrypsin                      01    38 mg/dL    L      90-200 mg/dL
  C-reactive protein                       01    22.4 mg/L   H      <5.0 mg/L
  Alpha-1-antitrypsin                      02    29 mg/dL    L      90-200 mg/dL
  C-reactive protein                       02    3.1 mg/L           <5.0 mg/L
  SERPINA1 genotype (S, Z)                 03    PI*ZZ       A      PI*MM
  Immunoglobulin A                         01    203 mg/dL          70-400 mg/dL

CORRECTION NOTICE
  The report of 10/24/2025 listed specimen 02 as collected 10/02/2025; the correct
  collection date is 10/20/2025 (results unchanged). The AAT reference interval on
  the 10/24 report (83-199 mg/dL, retired method) has been corrected to 90-200 mg/dL.

COMMENTS
  - Specimen 01 was drawn during an acute illness (CRP 22.4 mg/L); AAT rises as an
    acute-phase reactant, so specimen 02 better reflects the baseline level.
  - Z allele detected on both copies (c.1096G>A homozygous): PI*ZZ, severe deficiency.
  - Levels below 57 mg/dL are below the commonly cited protective threshold
    (11 umol/L); this statement is interpretive, not a result.
Reviewed: Samuel Achterberg, MD, Clinical Pathology
"""

D4 = """
BROOKHAVEN PULMONARY CLINIC - PROGRESS NOTE
02/12/2026      Noemi Castellanos, MD
Patient: Hollingsworth, Vernon L   71 y/o M

Reason: discuss alpha-1 results, start of augmentation.
History: progressive dyspnea x 3 yrs; CT 08/2025 panlobular emphysema lower lobes, out of
proportion to 22 pk-yr history (quit 2009). Work-up 10/2025: PI*ZZ, AAT 29 mg/dL when
well. Diagnosis: alpha-1 antitrypsin deficiency with emphysema and COPD.
Vitals: BP 150/84  HR 74  SpO2 92%  Wt 68.5 kg
PFT 01/2026: FEV1 1.32 L (41% pred), FEV1/FVC 0.39, DLCO 46%.

Plan:
 - Start Glassia 60 mg/kg IV weekly at Brookhaven OP infusion (first dose 02/26/2026).
 - Medicare Part B covers; no prior authorization required per billing office.
 - We will assess response at 6 months (exacerbation count, CAT score, spirometry).
 - Continue tiotropium/olodaterol; pulmonary rehab referral placed.
 - Siblings (2 brothers) advised to be tested.
N. Castellanos, MD
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-12", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2025-10-27", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-02-12", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "Diagnosis: alpha-1 antitrypsin deficiency with emphysema and COPD."},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "03    PI*ZZ       A"},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL", "_doc": "d3", "_ev": "01    38 mg/dL    L"},
    {"kind": "serum_aat", "value": 29, "unit": "mg/dL", "_doc": "d3", "_ev": "02    29 mg/dL    L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d4", "_ev": "panlobular emphysema lower lobes"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d4", "_ev": "with emphysema and COPD"},
    {"kind": "weight", "value": 150, "unit": "lb", "value_kg": 68.0, "_date": "2026-03-12", "_doc": "d2", "_ev": "0810   Wt 150 lb (standing)"},
    {"kind": "weight", "value": 75, "unit": "kg", "value_kg": 75.0, "_date": "2025-09-15", "_doc": "d1", "_ev": "weight on file 75 kg (clinic 09/2025)"},
    {"kind": "weight", "value": 68.5, "unit": "kg", "value_kg": 68.5, "_date": "2026-02-12", "_doc": "d4", "_ev": "Wt 68.5 kg"},
    {"kind": "dose", "value": 4006, "_doc": "d2", "_ev": "all contents given: 4,006 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "all contents given: 4,006 mg. No waste."},
    {"kind": "lot_number", "value": "GL25P201", "_doc": "d2", "_ev": "lots GL25P201 (exp 10/31/2027)"},
    {"kind": "lot_number", "value": "GL25N088", "_doc": "d2", "_ev": "GL25N088 (exp 07/31/2027)"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d2", "_ev": "GL25P201 (exp 10/31/2027)"},
    {"kind": "expiration_date", "value": "2027-07-31", "_doc": "d2", "_ev": "GL25N088 (exp 07/31/2027)"},
    {"kind": "infusion_start", "value": "10:30", "_doc": "d2", "_ev": "1030   GLASSIA infusion started"},
    {"kind": "infusion_end", "value": "10:49", "_doc": "d2", "_ev": "1049   GLASSIA infusion finished"},
    {"kind": "fev1", "value": 41, "_doc": "d4", "_ev": "FEV1 1.32 L (41% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "22 pk-yr history (quit 2009)"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d2", "_ev": "1030   GLASSIA infusion started"},
]

REQUIREMENTS = {
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
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "conflict",
}

ARITH = {
    "dos": "2026-03-12",
    "weight": {"value": 150, "unit": "lb", "kg": 68.0, "date": "2026-03-12"},
    "dose_mg": 4006,
    "target_mg": 4080.0,
    "tolerance_mg": 408.0,
    "deviation_pct": -1.81,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 401,
    "units_billed": 401,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31", "2027-07-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: code_selection conflict (Glassia, the only product documented, billed on J0256; the
pharmacy note's CDM item even names J0257); response_to_therapy missing (third dose; the only
progress note predates the first dose and only plans a 6-month reassessment). Units 401 = ceil
(4,006 / 10) are right for the 10 mg unit. Weights: 150 lb today (listed in lb, value_kg 68.0;
the pharmacist's 68.0 kg is the same weighing converted), 75 kg (clinic 09/2025; day not written,
dated 2025-09-15 for the nearest-weight arithmetic, far from the DOS either way) and 68.5 kg
(02/12) are listed. Traps: ordered 4,500 mg (+10.3 %), 4,080 mg calc, 5-vial option, ~926 mg
partial-vial discard (hypothetical), rate 13.6 mL/min, verification 0847, delivery 0852, 2-RN
check 0855, VS/PIV/discharge times, scheduled start 0900; two AAT collections (38 mg/dL during
illness, 29 mg/dL when well: both listed); retired reference interval 83-199; brothers (plan).
"""
