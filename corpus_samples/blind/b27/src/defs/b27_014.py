"""b27-014: medicaid, 3 gaps. Styles (2) Expanse-style Medication Administration History (lot
and expiry fields empty, other drugs, not-given entry) and (4) pharmacist dose-verification note
(lb -> kg, calculated / rounded / dispensed / discarded amounts). Prolastin-C 4,930 mg from 5 x
1,000 mg vials, 70 mg discarded; billed J0256 500 (dispensed amount) + J0256-JW 7."""

CHART_ID = "b27-014"
DOS = "2026-03-17"
PAYER = {"profile": "medicaid", "name": "Lone Star Community Medicaid (STAR)"}
PRIOR_AUTH = "TXM-PA-0319952"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 500, "modifiers": []},
    {"hcpcs": "J0256", "units": 7, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
RUN DATE: 03/18/26            SAN JACINTO GENERAL HOSPITAL - LIVE                  PAGE 1
RUN TIME: 0815              MEDICATION ADMINISTRATION HISTORY
RUN USER: REV.MOKAFOR             Date Range: 03/17/26 - 03/17/26

PATIENT: GUTIERREZ-BALDWIN,RAMONA       ACCOUNT NO: SJ0044217760     LOC: OP INFUSION
AGE/SEX: 56/F                           UNIT NO:    SJ00319011       RM/BED: INF-05
ATTEND:  Whitfield,Desmond MD           REG DATE:   03/17/26         STATUS: REC SER
ALLERGIES: Latex - contact dermatitis
WEIGHT: 181 lb (03/17/26 0745)

Key: Admin Dose = ordered dose; Doc Dose = documented amount given; Given Qty =
dispensable units used. Reason codes: NN not needed, PTREF refused, LNS lot not
scanned, HOLD held.
==========================================================================================
ALPHA1-PROTEINASE INHIBITOR (PROLASTIN-C) 1000 MG VIAL                   Rx# 7702215
  Sig: 60 MG/KG IV ONCE WEEKLY       Order Start: 03/17/26 0800   Stop: 09/15/26
  ----------------------------------------------------------------------------------------
  03/17/26 0822  Admin Dose: 60 MG/KG    Doc Dose: 4930 MG    Given Qty: 5 VIAL
                 Site: R AC                Route: IV
                 Lot:
                 Exp:
                 Reason Codes: LNS - barcode would not scan; see carton
                 Start: 0822   Stop: 0851   Wasted: 70 MG (witness RN.DCHO)
                 Doc: 03/17/26 0910 RN.SADEYEMI
==========================================================================================
ACETAMINOPHEN 325 MG TAB                                                 Rx# 7702216
  Sig: 650 MG PO PRE-INFUSION
  ----------------------------------------------------------------------------------------
  03/17/26 0800  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                     Route: PO
                 Lot: AP22981              Exp: 06/30/27
                 Reason Codes:
==========================================================================================
FAMOTIDINE 20 MG TAB                                                     Rx# 7702217
  Sig: 20 MG PO PRE-INFUSION
  ----------------------------------------------------------------------------------------
  03/17/26 0800  Admin Dose: 20 MG       Doc Dose: NOT GIVEN  Given Qty: 0
                 Site:                     Route: PO
                 Lot:                      Exp:
                 Reason Codes: PTREF - took omeprazole at home
==========================================================================================
STERILE WATER FOR INJ 20 ML (diluent)                                    Rx# 7702218
  ----------------------------------------------------------------------------------------
  03/17/26 0805  Admin Dose: 100 ML      Doc Dose: 100 ML     Given Qty: 5 VIAL
                 Lot: SW25K061             Exp: 01/31/28
                 Reason Codes: diluent for reconstitution (pharmacy)
==========================================================================================
** END OF REPORT **
"""

D2 = """
PHARMACY DOSE VERIFICATION NOTE                  San Jacinto General - IV Room
03/17/2026 07:58     Pharmacist: Amadou Sissoko, PharmD
Patient: Gutierrez-Baldwin, Ramona   MRN SJ00319011   DOB 09/21/1969
New start at SJGH (transfer from home-infusion vendor); Medicaid PA TXM-PA-0319952
(03/01/26 - 08/31/26) confirmed in registration.

Weight: 181 lb (82.1 kg), scale 03/17 0745.
Dose: 60 mg/kg x 82.1 kg = 4,926 mg.
Order instruction: "exact weight-based dose, round to nearest 10 mg" -> 4,930 mg
  deviation (4,930 - 4,926) / 4,926 = +0.08 %.
Vials: Prolastin-C 1,000 mg lyophilized (labeled amount per vial), 5 needed.
  Dispensed 5 x 1,000 mg = 5,000 mg; reconstitute each with 20 mL SWFI (50 mg/mL).
  Volume to administer 4,930 / 50 = 98.6 mL; remainder 1.4 mL = 70 mg to discard.
  Note: whole-vial 5,000 mg would be +1.5 % but the order asks for the exact dose.
Home-infusion records (prior vendor, last dose 03/10/26): 4,900 mg at 81.7 kg.
Lot/expiry: per pharmacy label (not transcribed); to be captured at bedside scan.
Checks: IgA 155 mg/dL (2020); no anti-IgA history. Latex allergy - latex-free set.
Verified and released 08:02.
"""

D3 = """
WHITFIELD PULMONARY CLINIC - PROGRESS NOTE
Date: 02/10/2026      Desmond Whitfield, MD
Pt: Gutierrez-Baldwin, Ramona, 56F

Reason: establish care; transfer of augmentation from home infusion to SJGH.
HPI: AATD diagnosed 2018 (PI*ZZ; AAT 33 mg/dL, 2018) after a spontaneous pneumothorax.
On weekly Prolastin-C at home since 2019. Never smoker; grew up on a farm. Responding
to augmentation - no exacerbations in 18 months, FEV1 flat since 2023, walks 30 min/day.
Husband worried about home nursing schedule, so she prefers the hospital infusion center.

Exam: BP 126/78  HR 80  SpO2 95%  Wt 180 lb.  Clear, diminished bases.
PFT 01/2026: FEV1 1.71 L (62% pred), FEV1/FVC 0.55. CT 2024: panlobular emphysema, bases.

A/P: 1. Alpha-1 antitrypsin deficiency (ZZ) with emphysema - continue Prolastin-C 60 mg/kg
        IV weekly at SJGH from 03/17; PA transferred (TXM-PA-0319952).
     2. Hx pneumothorax 2018 - no recurrence.
     3. Sister to be tested (pt will ask her).
D. Whitfield, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-17", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-17", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency (ZZ) with emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "AATD diagnosed 2018 (PI*ZZ"},
    {"kind": "serum_aat", "value": 33, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 33 mg/dL, 2018"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "CT 2024: panlobular emphysema, bases"},
    {"kind": "weight", "value": 181, "unit": "lb", "value_kg": 82.1, "_date": "2026-03-17", "_doc": "d1", "_ev": "WEIGHT: 181 lb (03/17/26 0745)"},
    {"kind": "weight", "value": 180, "unit": "lb", "value_kg": 81.6, "_date": "2026-02-10", "_doc": "d3", "_ev": "Wt 180 lb"},
    {"kind": "weight", "value": 81.7, "unit": "kg", "value_kg": 81.7, "_date": "2026-03-10", "_doc": "d2", "_ev": "4,900 mg at 81.7 kg"},
    {"kind": "dose", "value": 4930, "_doc": "d1", "_ev": "Doc Dose: 4930 MG"},
    {"kind": "wastage", "value": 70, "_doc": "d1", "_ev": "Wasted: 70 MG"},
    {"kind": "infusion_start", "value": "08:22", "_doc": "d1", "_ev": "Start: 0822"},
    {"kind": "infusion_end", "value": "08:51", "_doc": "d1", "_ev": "Stop: 0851"},
    {"kind": "fev1", "value": 62, "_doc": "d3", "_ev": "FEV1 1.71 L (62% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Responding\nto augmentation - no exacerbations in 18 months"},
    {"kind": "prior_authorization", "value": "TXM-PA-0319952", "_doc": "d2", "_ev": "Medicaid PA TXM-PA-0319952"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "ALPHA1-PROTEINASE INHIBITOR (PROLASTIN-C) 1000 MG VIAL"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "conflict",
    "wastage_documented": "met",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-17",
    "weight": {"value": 181, "unit": "lb", "kg": 82.1, "date": "2026-03-17"},
    "dose_mg": 4930,
    "target_mg": 4926.0,
    "tolerance_mg": 492.6,
    "deviation_pct": 0.08,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 493,
    "units_billed": 500,
    "waste_mg": 70,
    "jw_units_expected": 7,
    "jw_units_billed": 7,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
Gaps: units_match_dose conflict (administered line billed 500 = the 5,000 mg dispensed; 4,930 mg
given -> 493); lot_number and expiration_date missing (MAH Lot/Exp empty with "see carton"; the
pharmacy note says "per pharmacy label (not transcribed)"). The JW line (7 = floor(70 / 10)) is
right, so wastage is met. Weights: 181 lb on the DOS (the pharmacist's "181 lb (82.1 kg)" is the
same weighing), 180 lb (02/10) and the prior vendor's 81.7 kg (03/10) are listed. Traps: Given
Qty 5 VIAL, dispensed 5,000 mg, calc 4,926 mg, whole-vial +1.5 %, 98.6 mL / 1.4 mL, prior
vendor's 4,900 mg dose, SWFI diluent lot/exp and 100 mL, acetaminophen lot/exp, famotidine NOT
GIVEN (PTREF), weight time 0745, Doc time 0910, sister to be tested.
"""
