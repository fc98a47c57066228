"""b23-004: medicare (Medicare Advantage HMO), gaps: expiration_date missing ("see carton" on every
vial), response_to_therapy missing (only the health plan's CM record, typed other, carries a
member-reported response; the pulmonologist says it is too early). Styles (4) pulmonary-rehab
outcomes summary with CAT/mMRC/SGRQ/6MWD and (5) payer telephonic nurse case-manager record.
Prolastin-C Liquid 4,000 + 1,000 + 500 mg = 5,500 mg, J0256 550 JZ."""

CHART_ID = "b23-004"
DOS = "2026-03-17"
PAYER = {"profile": "medicare", "name": "Heartland Senior Advantage (HMO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 550, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
RIVERBEND OUTPATIENT INFUSION - INFUSION ADMINISTRATION RECORD
Pt: LINDQVIST, MARGIT S     DOB 09/30/1954     MRN RB-771203
Plan: Heartland Senior Advantage (HMO)        Date: 03/17/2026       RN: D. Okafor
Dx: E88.01 alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema; J96.11
Order: Prolastin-C Liquid 60 mg/kg IV q7 days (R. Castellanos MD) - pharmacy dose 5,500 mg

PRE-ASSESSMENT 0820
  T 36.5  HR 78  BP 142/84  RR 18  SpO2 91% RA -> 2 L NC per home O2 rx
  Weight 93.0 kg (standing scale)   Ht 165 cm   Allergies: NKDA
  Lungs: diminished throughout, no wheeze. No s/s infection. No reaction hx.
PIV: 20 g L AC at 0834, + blood return, flushed 10 mL NS

PRODUCT
  Product              Vial            Qty   Lot          Exp
  Prolastin-C Liquid   4,000 mg/80 mL  1     26E02A417    see carton
  Prolastin-C Liquid   1,000 mg/20 mL  1     26E01B230    see carton
  Prolastin-C Liquid   500 mg/10 mL    1     26D11C095    see carton
  Vials at room temp 30 min prior, inspected - clear, no particulates.

ADMINISTRATION
  Start: 0848      rate 0.08 mL/kg/min (7.4 mL/min), pump
  Stop:  0904      volume infused 110 mL
  Dose given: 5,500 mg - all 3 vials, nothing left in vials/bag
  Post VS 0915: BP 138/80  HR 76  SpO2 93% 2 L
  PIV removed 0920, cath intact, site clean. D/c 0925 ambulatory with daughter.
Notes: tolerated without reaction. Next appt 03/24/2026 0815.
RN signature: Dele Okafor, RN   03/17/2026 0931
"""

D2 = """
RIVERBEND CARDIOPULMONARY REHABILITATION
PULMONARY REHABILITATION - PROGRAM DISCHARGE / OUTCOMES SUMMARY           Date: 02/26/2026
Patient: Margit S. Lindqvist   DOB 09/30/1954   Referring: Rafael Castellanos, MD
Rehab dx: emphysema (J43.1); alpha-1 antitrypsin deficiency; chronic hypoxemic resp failure
Sessions completed: 36 of 36 (10/20/2025 - 02/26/2026)   Therapist: Noor Haddad, RRT, AE-C

Outcome measure               Entry 10/20/25  Mid 12/15/25  D/C 02/26/26  MCID
CAT score (0-40)              24              21            17            2
mMRC dyspnea grade (0-4)      3               3             2             1
SGRQ total (0-100)            58.6            --            49.1          4
6MWD (m)                      286             318           352           30
  lowest SpO2 during 6MWT     86% on 2 L      88% on 2 L    88% on 3 L
  Borg dyspnea end of walk    5               4             4
Body weight (kg)              95.3            94.1          93.4
PHQ-9                         8               --            5
Peak NuStep workload (W)      35              45            55

Narrative: Ms. Lindqvist completed the phase II program with clinically meaningful improvement in
CAT (-7), SGRQ (-9.5) and 6MWD (+66 m), each exceeding its MCID. She started Prolastin-C Liquid in
11/2025, partway through the program, so these gains can't be separated from exercise training and
should not be read as a response to augmentation. O2 retitrated: 2 L rest, 3 L with exertion.
Education completed: energy conservation, pursed-lip breathing, inhaler technique (Trelegy - good),
action plan. Transition to maintenance rehab 2x/week starting 03/03/2026.
Noor Haddad, RRT, AE-C    02/26/2026 15:10
"""

D3 = """
HEARTLAND SENIOR ADVANTAGE (HMO) - CARE MANAGEMENT RECORD
Program: Complex Case Management - Respiratory        Member ID: HSA-0049917201
Member: LINDQVIST, MARGIT S    DOB 09/30/1954    PCP: Anand Thorsen, MD
(Placed in chart by Riverbend HIM from the payer provider portal 03/12/2026)

11/06/2025 10:22  Telephonic, outbound - Tasha Brennan, RN CCM - 18 min
  Reason: new specialty drug authorization (Prolastin-C Liquid) - CM referral per plan workflow.
  Member reported: diagnosed with alpha-1 last summer after CT showed emphysema; "my brother had
  the same thing." Uses home O2 2 L with exertion. Quit smoking 2008. Started rehab 10/20.
  Plan approved: Prolastin-C Liquid 60 mg/kg IV weekly, site of care Riverbend OP Infusion,
  auth #HSA-UM-2511-07734, 11/01/2025-10/31/2026, 52 administrations.
  Criteria reviewed (plan policy RX-A1PI-04): serum AAT <11 uM (<57 mg/dL), severe-deficiency
  genotype, FEV1 <=65% pred, non-smoker x6 mo - met per UM reviewer.
  Next review: 12/2025.

12/09/2025 15:48  Telephonic, outbound - T. Brennan, RN - unable to reach, VM left (#1).

01/13/2026 14:05  Telephonic, outbound - T. Brennan, RN - 11 min
  Member reported: 9 infusions so far, "going fine, no reactions." Breathing "about the same,
  maybe a little better, but I think that's the rehab." No ER visits. Weight stable per member.
  Barriers: daughter drives; transport benefit explained (12 one-way trips/yr).
  Next review: 03/10/2026.

03/10/2026 09:40  Telephonic, outbound - T. Brennan, RN - 14 min
  Member reported: finished rehab 02/26, doing maintenance 2x/wk. States she has had no flare-ups
  since starting the weekly infusions and feels the infusions are helping her breathing.
  PHQ-2 = 0. Fall screen negative. Advance directive on file.
  Plan: auth active through 10/31/2026; continuation review at 6 months needs prescriber
  documentation of clinical benefit (policy RX-A1PI-04 sec. 4). Next review: 05/2026.
"""

D4 = """
CASTELLANOS PULMONARY & SLEEP - PROGRESS NOTE                      03/03/2026
Margit S. Lindqvist   71 F   DOB 09/30/1954
S: F/u AATD (PI*ZZ; AAT 31 mg/dL 06/2025) with panlobular emphysema and chronic hypoxemic
respiratory failure. On Prolastin-C Liquid weekly since 11/04/2025 (~17 doses). Finished pulm
rehab last week, walking more. No exacerbation since 09/2025 (pre-augmentation, prednisone burst).
Denies hemoptysis, chest pain. Ex-smoker, quit 2008 (40 pack-years).
Meds: Prolastin-C Liquid 60 mg/kg weekly, Trelegy Ellipta 1 inh daily, albuterol prn, O2 2-3 L.
O: Wt 93.2 kg. BP 136/82, HR 80, SpO2 92% 2 L. Distant BS, no wheeze, no edema.
   PFT 06/2025 (pre-augmentation): FEV1 0.82 L (38% pred), FEV1/FVC 0.41, DLCO 36%.
   CT 06/2025: panlobular emphysema, basal predominant.
A/P:
1. AATD on augmentation - too early to judge any effect on lung function or exacerbation rate (4
   months in). Will reassess with PFTs, CAT and exacerbation count at 6 and 12 months. Continue
   Prolastin-C Liquid 60 mg/kg IV weekly.
2. Emphysema / chronic hypoxemic resp failure - continue Trelegy, O2 2 L rest and 3 L exertion per
   rehab titration. Rehab gains (6MWD +66 m) noted - encouraged maintenance program.
3. Brother's children asking about testing - gave Alpha-1 Foundation info.
RTC 05/2026 with PFTs.   Rafael Castellanos, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-17", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-26", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-10", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-03-03", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "PI*ZZ; AAT 31 mg/dL"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d4", "_ev": "AAT 31 mg/dL 06/2025"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 panlobular emphysema"},
    {"kind": "fev1", "value": 38, "_doc": "d4", "_ev": "FEV1 0.82 L (38% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "Ex-smoker, quit 2008"},
    {"kind": "weight", "value": 93.0, "unit": "kg", "value_kg": 93.0, "_date": "2026-03-17", "_doc": "d1", "_ev": "Weight 93.0 kg (standing scale)"},
    {"kind": "weight", "value": 95.3, "unit": "kg", "value_kg": 95.3, "_date": "2025-10-20", "_doc": "d2", "_ev": "Body weight (kg)              95.3"},
    {"kind": "weight", "value": 94.1, "unit": "kg", "value_kg": 94.1, "_date": "2025-12-15", "_doc": "d2", "_ev": "95.3            94.1", "_hdr": "Body weight (kg)"},
    {"kind": "weight", "value": 93.4, "unit": "kg", "value_kg": 93.4, "_date": "2026-02-26", "_doc": "d2", "_ev": "94.1          93.4", "_hdr": "Body weight (kg)"},
    {"kind": "weight", "value": 93.2, "unit": "kg", "value_kg": 93.2, "_date": "2026-03-03", "_doc": "d4", "_ev": "Wt 93.2 kg"},
    {"kind": "dose", "value": 5500, "_doc": "d1", "_ev": "Dose given: 5,500 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all 3 vials, nothing left in vials/bag"},
    {"kind": "lot_number", "value": "26E02A417", "_doc": "d1", "_ev": "1     26E02A417"},
    {"kind": "lot_number", "value": "26E01B230", "_doc": "d1", "_ev": "1     26E01B230"},
    {"kind": "lot_number", "value": "26D11C095", "_doc": "d1", "_ev": "1     26D11C095"},
    {"kind": "infusion_start", "value": "08:48", "_doc": "d1", "_ev": "Start: 0848"},
    {"kind": "infusion_end", "value": "09:04", "_doc": "d1", "_ev": "Stop:  0904"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "States she has had no flare-ups\n  since starting the weekly infusions and feels the infusions are helping her breathing."},
    {"kind": "prior_authorization", "value": "HSA-UM-2511-07734", "_doc": "d3", "_ev": "auth #HSA-UM-2511-07734"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C Liquid   4,000 mg/80 mL"},
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
    "expiration_date": "missing",
    "infusion_times": "met",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-17",
    "weight": {"value": 93.0, "unit": "kg", "kg": 93.0, "date": "2026-03-17"},
    "dose_mg": 5500,
    "target_mg": 5580.0,
    "tolerance_mg": 558.0,
    "deviation_pct": -1.43,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 550,
    "units_billed": 550,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
Gaps: expiration_date missing (every vial "see carton"); response_to_therapy missing: the only
affirmed response statement is member-reported in the health plan's CM record (type other; listed
as a finding), the rehab summary explicitly disclaims attribution to augmentation, and the
pulmonologist's progress note says it is too early and plans reassessment. Traps: rehab PRO scores
(CAT 24/21/17, mMRC, SGRQ 58.6/49.1, 6MWD 286/318/352 m) and MCIDs; rehab weights by date (listed,
DOS weight 93.0 kg governs); 6MWT SpO2; plan policy thresholds (<11 uM, <57 mg/dL, FEV1 <=65%);
auth number on a Medicare Advantage profile (listed, requirement not_applicable); "my brother had
the same thing"; vial sizes; pharmacy dose in the order; pre/post VS times, PIV 0834/0920, d/c 0925,
next appt 0815; J96.11; 52 administrations; transport benefit trips.
"""
