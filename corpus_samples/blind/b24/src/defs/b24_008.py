"""b24-008: medicaid, gaps (dose_matches_weight conflict, prior_authorization missing). Styles (1)
Epic Beacon therapy plan with a fixed dose never re-based after weight loss + (6) nurse one-liners
prefixed "@HHMM". Prolastin-C 5 × 1,000 mg reconstituted, 4,200 mg given, 800 mg wasted;
J0256 420 + JW 80."""

CHART_ID = "b24-008"
DOS = "2026-03-04"
PAYER = {"profile": "medicaid", "name": "Meridian (Michigan Medicaid)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 420, "modifiers": []},
    {"hcpcs": "J0256", "units": 80, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
GREAT LAKES UNIVERSITY HEALTH  *  BEACON TREATMENT PLAN  *  Infusion - Ann Arbor West
OYELARAN, BABATUNDE K     MRN 0044819023     DOB 05/11/1970     55 y     M
Therapy plan: ALPHA-1 ANTITRYPSIN Q7D, Cycle 61 Day 1          Treatment date: 03/04/2026
Plan type: Therapy plan (non-oncology)    Plan start 05/21/2024    Provider: N. Halvorsen, MD
Linked problems: Alpha-1-antitrypsin deficiency [E88.01]; Emphysema [J43.9]
Authorization: Meridian PA expired 02/28/2026 - renewal submitted 02/20/2026, determination
               pending (no auth # on file for this date)

Plan parameters
  - Hold for T > 38.0 C or active exacerbation (notify provider)
  - Dosing weight: 70.0 kg (05/14/2024).  Recalculate when weight changes >= 10%.
  - Dose: alpha-1-PI (PROLASTIN-C) 60 mg/kg x dosing weight = 4,200 mg, fixed
Dose modifications: none since plan start

Events
  03/03/26 15:20  Sign      C61D1 signed (auto-renew, no changes)       HALVORSEN, N
  03/04/26 09:31  Release   C61D1 released                               FERGUSON, A (RN)
  03/04/26 09:44  Verify    Verified against plan dose                   OKAFOR, C (PharmD)
  03/04/26 09:58  Dispense  PROLASTIN-C 4,200 mg syringe set + waste rec  IV ROOM

Planned vs Given
  alpha-1-proteinase inhibitor (PROLASTIN-C)   planned 4,200 mg   given 4,200 mg
  cetirizine 10 mg PO (premed)                 planned 10 mg      given 10 mg @ 09:40
  sodium chloride 0.9% flush                   planned 10 mL x2   given

  Nursing administration - PROLASTIN-C 4,200 mg IV (84 mL), once
    New Bag    03/04/26 10:02   4,200 mg   5.0 mL/min   A. Ferguson, RN
    Completed  03/04/26 10:19   84 mL infused            A. Ferguson, RN
    Lot 26K1871 (1,000 mg vials x5), exp 01/2027
    Waste: 800 mg (16 mL from 5th vial) discarded in IV room, witness M. Grady, CPhT
    Filter 5 micron

Cycle history
  C58D1 02/11/26 given 4,200 mg    C59D1 02/18/26 given 4,200 mg    C60D1 02/25/26 given 4,200 mg
Next: C62D1 03/11/2026 - 4,200 mg planned
"""

D2 = """
Infusion RN note 03/04/2026 - A. Ferguson, RN
@0902 pt arrived ambulatory, alone, took bus
@0910 wt 62.4 kg standing; says appetite poor x 2 mo, pants loose
@0913 T 36.9 BP 108/66 HR 96 RR 20 SpO2 90% RA; no fever, cough baseline
@0918 denies abx/steroids in past 2 wk; last dose 02/25 no problems
@0925 PIV 22g L hand x1
@0931 Beacon C61D1 released; msg to Dr Halvorsen re wt (62.4 vs dosing wt 70.0) - no reply yet
@0940 cetirizine 10 mg PO given
@0948 pharmacy called back: dose per signed plan, no change without provider order
@1002 2-RN check done; Prolastin-C started via pump 5.0 mL/min
@1010 BP 104/64 HR 94 SpO2 91%; no flushing
@1019 infusion done, flushed
@1030 PIV out; pt given food pantry + nutrition referral info
@1036 discharged to bus stop, steady gait
@1040 2nd msg to provider re dosing wt / Medicaid auth renewal status
"""

D3 = """
GREAT LAKES UNIVERSITY HEALTH - PULMONARY CLINIC
Progress note   01/21/2026   Nils Halvorsen, MD
Patient: Babatunde K. Oyelaran    DOB 05/11/1970

Subjective: 55-year-old man with alpha-1 antitrypsin deficiency, PI*ZZ, serum AAT 5.2 uM at
diagnosis (2016), and severe emphysema. Weekly Prolastin-C via our Beacon plan since 05/2024.
Stable on augmentation: no exacerbations since 11/2024, no admissions, no infusion reactions.
Former smoker (20 pk-yr), quit 2015. Lost his job in the fall; eating less.

Objective: BP 112/70, HR 92, SpO2 91% RA, Wt 64.1 kg (70.0 kg in 05/2024).
Chest: hyperinflated, distant breath sounds. Mild temporal wasting.
PFT 12/2025: FEV1 0.97 L (31% pred), FEV1/FVC 0.35, DLCO 38%.
CT 2023: panlobular emphysema, severe, lower lobes; no mass.

Assessment/Plan:
1. AATD PI*ZZ with emphysema - stable on augmentation; continue Prolastin-C weekly.
   Weight down ~6 kg; infusion pharmacy to recheck dosing weight at next treatment.
2. Weight loss - likely food insecurity; SW referral; check TSH, A1c, CBC.
3. Medicaid PA renewal due 02/28 - office to submit.
4. Brother (43) PI*MZ, AAT 98 mg/dL - no therapy needed.
RTC 3 months.

Signed: N. Halvorsen, MD 01/21/2026 17:22
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-04", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-04", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-21", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1-antitrypsin deficiency [E88.01]"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "serum_aat", "value": 5.2, "unit": "uM", "_doc": "d3", "_ev": "serum AAT 5.2 uM"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema [J43.9]"},
    {"kind": "weight", "value": 62.4, "unit": "kg", "value_kg": 62.4, "_date": "2026-03-04", "_doc": "d2", "_ev": "@0910 wt 62.4 kg standing"},
    {"kind": "weight", "value": 64.1, "unit": "kg", "value_kg": 64.1, "_date": "2026-01-21", "_doc": "d3", "_ev": "Wt 64.1 kg"},
    {"kind": "weight", "value": 70.0, "unit": "kg", "value_kg": 70.0, "_date": "2024-05-14", "_doc": "d1", "_ev": "Dosing weight: 70.0 kg (05/14/2024)"},
    {"kind": "dose", "value": 4200, "_doc": "d1", "_ev": "New Bag    03/04/26 10:02   4,200 mg"},
    {"kind": "wastage", "value": 800, "_doc": "d1", "_ev": "Waste: 800 mg (16 mL from 5th vial)"},
    {"kind": "lot_number", "value": "26K1871", "_doc": "d1", "_ev": "Lot 26K1871 (1,000 mg vials x5)"},
    {"kind": "expiration_date", "value": "2027-01", "_doc": "d1", "_ev": "Lot 26K1871 (1,000 mg vials x5), exp 01/2027"},
    {"kind": "infusion_start", "value": "10:02", "_doc": "d1", "_ev": "New Bag    03/04/26 10:02"},
    {"kind": "infusion_end", "value": "10:19", "_doc": "d1", "_ev": "Completed  03/04/26 10:19"},
    {"kind": "fev1", "value": 31, "_doc": "d3", "_ev": "FEV1 0.97 L (31% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Stable on augmentation: no exacerbations since 11/2024, no admissions"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker (20 pk-yr), quit 2015"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "Nursing administration - PROLASTIN-C 4,200 mg IV"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "conflict",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-04",
    "weight": {"value": 62.4, "unit": "kg", "kg": 62.4, "date": "2026-03-04"},
    "dose_mg": 4200,
    "target_mg": 3744.0,
    "tolerance_mg": 374.4,
    "deviation_pct": 12.18,
    "within_tolerance": False,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 420,
    "units_billed": 420,
    "waste_mg": 800,
    "jw_units_expected": 80,
    "jw_units_billed": 80,
    "modifiers": [],
    "expirations": ["2027-01"],
    "expiration_ok": True,
}

NOTES = """
Gaps: dose_matches_weight conflict (fixed plan dose 4,200 mg from the 2024 dosing weight 70.0 kg;
DOS weight 62.4 kg -> target 3,744 mg, +12.2 %; the plan's own >= 10 % recalculation rule was not
applied, RN messages unanswered); prior_authorization missing (Medicaid PA expired 02/28/2026,
renewal pending, "no auth # on file"; none on the chart). Units 420 and JW 80 (800 mg) are right.
Traps: Sign/Release/Verify/Dispense times; arrival, VS, PIV, cetirizine 09:40, pharmacy call-back
09:48, PIV out/discharge times in the one-liners; "60 mg/kg x dosing weight = 4,200 mg" plan text;
cycle-history rows and next-cycle 4,200 mg planned; cetirizine 10 mg; 84 mL, 5.0 mL/min; brother
PI*MZ 98 mg/dL. Weights 64.1 (01/21) and 70.0 (05/14/2024) listed; DOS 62.4 kg governs.
"""
