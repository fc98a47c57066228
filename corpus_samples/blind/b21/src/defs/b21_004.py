"""b21-004: medicare (Medicare Advantage), Aralast NP J0256 + JW. Styles (4) BPA weight-change alert /
pharmacist override + (2) PDF two-column MAR print (previous and current administration side by side).
Gap: dose_matches_weight conflict (5,280 mg dosed on the 08/2025 weight 88.0 kg; DOS weight 76.4 kg)."""

CHART_ID = "b21-004"
DOS = "2026-03-24"
PAYER = {"profile": "medicare", "name": "Keystone Senior Advantage (HMO) - Medicare Advantage"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 528, "modifiers": []},
    {"hcpcs": "J0256", "units": 22, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [4, 2]

D1 = """
ST. ANSELM HOSPITAL - HOSPITAL OUTPATIENT INFUSION                    Run date 03/24/2026 17:05
MEDICATION ADMINISTRATION RECORD - ADMINISTRATION DETAIL
DUBROVSKY, WALTER J   MRN 20-551-873   DOB 11/02/1949   M   Acct 7700912   Page 1 of 2
--------------------------------------------------------------------------------------------------
ORDER                                          PHARMACY VERIFICATION
alpha1-proteinase inhibitor (human)            Verified by: L. Nakamura, PharmD
[ARALAST NP] 60 mg/kg IV weekly                Verified: 03/24/2026 12:41
Start date 09/02/2025  Duration: indef.        Dosing weight on order: 88.0 kg
Dose per order: 5,280 mg                         (entered 08/12/2025)
Dispense: 5 x 1 g + 1 x 0.5 g vials            Alert(s) overridden: 1 (see CDS log)
Rate: not to exceed 0.08 mL/kg/min             Product: ARALAST NP lyophilized,
Diluent: SWFI supplied, 5 micron filter          recon. to 20 mg/mL (1 g/50 mL)
--------------------------------------------------------------------------------------------------
PREVIOUS ADMINISTRATION (03/17/2026)           THIS ADMINISTRATION (03/24/2026)
Weight (clinic scale): 77.0 kg                 Weight (clinic scale): 76.4 kg
Given: 5,280 mg  (264 mL)                      Given: 5,280 mg  (264 mL)
Lot: LE0877AX  (1 g x5)                        Lot: LE0931BX  (1 g x5)  Exp 12/2026
     LE0861AR  (0.5 g x1)                           LE0902AR  (0.5 g x1) Exp 08/2026
Begin: 13:10   End: 13:58                      Begin: 13:05   End: 13:52
Wasted: 220 mg (partial 0.5 g vial)            Wasted: 220 mg - remainder of the
Witness: P. Osei RN                              0.5 g vial, single use, to waste bin
Given by: A. Kowalczyk RN                      Witness: C. Ferreira RN
                                               Given by: A. Kowalczyk RN
--------------------------------------------------------------------------------------------------
St. Anselm Hospital | Printed from PharmNet MAR | CONFIDENTIAL                      Page 1 of 2
==================================================================================================
DUBROVSKY, WALTER J   MRN 20-551-873   DOB 11/02/1949   M   Acct 7700912   Page 2 of 2
--------------------------------------------------------------------------------------------------
PREVIOUS ADMINISTRATION (cont.)                THIS ADMINISTRATION (cont.)
Reaction: none                                 Reaction: none. VS q15 min stable,
                                                 SpO2 93-95% RA
VS 13:12 / 13:30 / 14:00                       VS 12:58 / 13:20 / 13:55
                                               Comment: pt asked why dose not
                                                 lower "since I lost weight" -
                                                 told him pharmacy reviewed; will
                                                 message Dr. Haddad.
--------------------------------------------------------------------------------------------------
St. Anselm Hospital | Printed from PharmNet MAR | CONFIDENTIAL                      Page 2 of 2
"""

D2 = """
CLINICAL DECISION SUPPORT - ALERT HISTORY (print)        St. Anselm Hospital
Patient: DUBROVSKY, WALTER J   MRN 20-551-873   Encounter 03/24/2026 HOPD Infusion

[12:36] BEST PRACTICE ADVISORY - WEIGHT CHANGE
  The weight used for dosing (88.0 kg, recorded 08/12/2025) differs from the most
  recent measured weight (76.4 kg, recorded 03/24/2026 12:22) by -13.2 %.
  Alert threshold: 10 %. Recommend: update dosing weight and re-verify
  weight-based medications: alpha1-proteinase inhibitor (ARALAST NP).
  Displayed to: L. Nakamura, PharmD
  Response: OVERRIDE
  Override reason: "Prescriber aware - continue current dose until next clinic visit"
  Free text: wt down since fall (diuresis + poor appetite). MD to re-order.

[12:38] DOSE RANGE CHECK - alpha1-proteinase inhibitor
  Dose 5,280 mg = 69.1 mg/kg based on current weight 76.4 kg.
  Usual dose 60 mg/kg (range 54-66 mg/kg for current weight = 4,126-5,042 mg).
  Response: OVERRIDE   Reason: "Dose per prescriber order"

[12:38] DUPLICATE THERAPY - none
[12:39] ALLERGY CHECK - NKDA, passed
[13:04] BCMA scan ARALAST NP 1 g  lot LE0931BX  - matched order
[13:04] BCMA scan ARALAST NP 0.5 g  lot LE0902AR - matched order

Weight history (flowsheet):
  08/12/2025  88.0 kg     01/13/2026  80.9 kg     03/17/2026  77.0 kg
  10/21/2025  85.2 kg     03/10/2026  78.1 kg     03/24/2026  76.4 kg
"""

D3 = """
PULMONARY MEDICINE - OFFICE VISIT                    St. Anselm Pulmonary Associates
Walter J. Dubrovsky   DOB 11/02/1949   DOS 03/10/2026   Nadia Haddad, MD
Plan: Keystone Senior Advantage (HMO) - auth for Aralast NP # KSA-77310452 thru 08/2026

Subjective: 76M with alpha-1 antitrypsin deficiency, PI*Z/Null (Z + QOgranite falls on
sequencing, 2014), serum AAT 3.9 umol/L at dx. Emphysema with COPD; on Aralast NP since
2015 (previously Prolastin-C). Quit smoking 1998. He has lost weight since the fall,
partly intentional, partly after furosemide was increased for leg edema.
Breathing: no exacerbations since 11/2025 (had 2 the year before), no admissions.
He feels the weekly infusions "keep me out of the hospital".

Objective: Wt 78.1 kg (was 88 kg in 08/2025). BP 118/70, HR 72, SpO2 94 % RA.
Diminished BS, prolonged expiration, no crackles. Trace ankle edema.
Spirometry 01/2026: FEV1 0.96 L, 38 % predicted, FEV1/FVC 0.39.
CT 2024: severe panlobular emphysema, lower-lobe predominant.

Assessment/Plan:
1. AATD (E88.01) with emphysema (J43.1): clinically stable on augmentation, fewer
   exacerbations than before therapy - continue Aralast NP 60 mg/kg IV weekly.
   Weight now 78.1 kg; ideally dose should follow actual weight - will re-order
   next visit once weight stabilizes.
2. Edema: furosemide back to 20 mg daily. BMP 2 wk.
3. Brother (deceased) had AATD, ZZ, liver cirrhosis - noted.
F/u 6 weeks.                                              N. Haddad, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-24", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-24", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, PI*Z/Null"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "PI*Z/Null (Z + QOgranite falls"},
    {"kind": "serum_aat", "value": 3.9, "unit": "uM", "_doc": "d3", "_ev": "serum AAT 3.9 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "severe panlobular emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "Emphysema with COPD"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Quit smoking 1998"},
    {"kind": "fev1", "value": 38, "_doc": "d3", "_ev": "38 % predicted"},
    {"kind": "prior_authorization", "value": "KSA-77310452", "_doc": "d3", "_ev": "auth for Aralast NP # KSA-77310452"},
    {"kind": "weight", "value": 88.0, "unit": "kg", "value_kg": 88.0, "_doc": "d2", "_ev": "08/12/2025  88.0 kg", "_date": "2025-08-12"},
    {"kind": "weight", "value": 85.2, "unit": "kg", "value_kg": 85.2, "_doc": "d2", "_ev": "10/21/2025  85.2 kg", "_date": "2025-10-21"},
    {"kind": "weight", "value": 80.9, "unit": "kg", "value_kg": 80.9, "_doc": "d2", "_ev": "01/13/2026  80.9 kg", "_date": "2026-01-13"},
    {"kind": "weight", "value": 78.1, "unit": "kg", "value_kg": 78.1, "_doc": "d3", "_ev": "Wt 78.1 kg", "_date": "2026-03-10"},
    {"kind": "weight", "value": 77.0, "unit": "kg", "value_kg": 77.0, "_doc": "d1", "_ev": "Weight (clinic scale): 77.0 kg", "_date": "2026-03-17"},
    {"kind": "weight", "value": 76.4, "unit": "kg", "value_kg": 76.4, "_doc": "d1", "_ev": "Weight (clinic scale): 76.4 kg", "_date": "2026-03-24"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d1", "_ev": "[ARALAST NP] 60 mg/kg IV weekly", "_dos": True},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "(previously Prolastin-C)", "_dos": False},
    {"kind": "dose", "value": 5280, "_doc": "d1", "_ev": "Given: 5,280 mg  (264 mL)"},
    {"kind": "wastage", "value": 220, "_doc": "d1", "_ev": "Wasted: 220 mg - remainder of the"},
    {"kind": "lot_number", "value": "LE0931BX", "_doc": "d1", "_ev": "Lot: LE0931BX  (1 g x5)  Exp 12/2026"},
    {"kind": "lot_number", "value": "LE0902AR", "_doc": "d1", "_ev": "LE0902AR  (0.5 g x1) Exp 08/2026"},
    {"kind": "expiration_date", "value": "2026-12", "_doc": "d1", "_ev": "Exp 12/2026"},
    {"kind": "expiration_date", "value": "2026-08", "_doc": "d1", "_ev": "Exp 08/2026"},
    {"kind": "infusion_start", "value": "13:05", "_doc": "d1", "_ev": "Begin: 13:05"},
    {"kind": "infusion_end", "value": "13:52", "_doc": "d1", "_ev": "End: 13:52"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "clinically stable on augmentation, fewer\n   exacerbations than before therapy"},
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "weight_kg": 76.4, "weight_date": "2026-03-24", "dose_mg": 5280,
    "target_mg": 4584.0, "low_mg": 4125.6, "high_mg": 5042.4, "pct_diff": 15.18, "within_10pct": False,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 528, "units_billed": 528,
    "waste_mg": 220, "jw_units_expected": 22, "jw_units_billed": 22, "modifier": "JW",
    "expirations": ["2026-12", "2026-08"], "expiration_ok": True,
}

NOTES = """
PDF-to-text MAR print with the previous (03/17) and this (03/24) administration printed side
by side on the same lines, page footer/banner splitting the comments; CDS alert history with a
weight-change BPA (88.0 kg from 08/12/2025 vs 76.4 kg) and a dose-range check both overridden;
pulmonology note 03/10.
Gap: dose 5,280 mg = 60 mg/kg x the stale 88.0 kg; the DOS weight 76.4 kg gives 4,584 mg
(range 4,125.6-5,042.4), +15.2 % -> dose_matches_weight conflict. Units 528 and JW 22 are right.
Traps: left column = 03/17 (77.0 kg, lots LE0877AX/LE0861AR, 13:10-13:58, waste 220); order dose
5,280 (same value); CDS range 4,126-5,042 and 69.1 mg/kg; verification 12:41, BPA 12:36-12:39,
BCMA 13:04, vitals; weight history table (all the patient's weights are findings; the DOS row
decides); MA auth number is a PA finding though the medicare requirement is not_applicable;
previous Prolastin product; brother ZZ; furosemide 20 mg.
"""
