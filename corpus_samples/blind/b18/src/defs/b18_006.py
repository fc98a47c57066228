# b18-006: medicaid. Styles (4) eClinicalWorks progress note (inline vitals, med list with sigs, numbered
# assessment, procedure codes) + (5) Medicaid MCO utilization-review nurse worksheet (checkboxes, Y/N).
# Glassia 4,000 mg (4 x 1 g vials) at 121 lb = 54.9 kg: target 3,294 mg, +21.4 % (order never recalculated
# after a 27 lb weight loss). Claimed J0256 x 400 JZ although Glassia is J0257.
# GAPS: dose_matches_weight conflict; code_selection conflict.

D1 = """OKONJO, GRACE A     DOB: 07/30/1967     Age: 58 Y     Sex: Female
Acct No: 30125      Appointment Facility: Riverside Community Health - Infusion
02/18/2026          Provider: Marcus Delgado-Price, MD
Insurance: Harbor Medicaid Health Plan   Auth#: HMHP-A1-2026-00871

Progress Notes:

Subjective:
Chief Complaint(s):
 - weekly alpha-1 augmentation
 - weight loss
HPI:
 58 yo F with alpha-1-antitrypsin deficiency (PI*ZZ, dx 2016, AAT 19 mg/dL)
 and panlobular emphysema here for weekly Glassia. Lost weight since her
 husband died in 08/2025 - poor appetite, "food has no taste". Was 148 lbs
 at the 06/2025 visit. Denies fever, night sweats, hemoptysis, dysphagia.
 Breathing "about the same" - no ED visits or steroid bursts in the past
 year, still walks to the bus stop. Tolerating the infusions well.
Current Medication:
Taking
 - Glassia 1 GM/50ML Solution 60 mg/kg Intravenous once a week (order from
   06/2025: 4,000 mg)
 - Breztri Aerosphere 160-9-4.8 MCG/ACT Aerosol 2 puffs Inhalation twice a day
 - Albuterol Sulfate HFA 108 (90 Base) MCG/ACT Aerosol Solution 2 puffs
   Inhalation every 4 hrs as needed
 - Mirtazapine 7.5 MG Tablet 1 tablet Orally at bedtime
 - Ensure Plus Liquid 1 bottle Orally twice a day
Medication List reviewed and reconciled with the patient
Past Medical History:
 AATD; emphysema; depression/grief; osteopenia (DEXA 2024).
Social History:
 Tobacco Use: Former smoker, 20 pack-years, quit 2018. No alcohol.
Family History:
 Brother PI*ZZ, died age 52 (emphysema). Son PI*MZ.
Allergies/Intolerance:
 Sulfa Drugs: rash

Objective:
Vitals: Temp 97.6 F, BP 112/68 mm Hg, HR 88 /min, RR 18 /min, Wt 121 lbs,
Ht 5'5", BMI 20.13 Index, Oxygen sat % 92 %.
Past Results:
 PFT 01/2026: FEV1 0.98 L, 44% predicted; FEV1/FVC 0.39.
Examination:
 Thin, no distress. Hyperresonant, distant BS, no crackles. No edema.

Assessment:
Assessment:
1. Alpha-1-antitrypsin deficiency - E88.01 (Primary)
2. Panlobular emphysema - J43.1
3. Weight loss, abnormal - R63.4
4. Grief reaction - F43.21

Plan:
Treatment:
1. Alpha-1-antitrypsin deficiency
 Notes: clinically stable on augmentation (no exacerbations, FEV1 44% vs
 45% in 01/2025). Dose to be recalculated on current weight for next
 week (approx. 3,300 mg) - pharmacy notified.
2. Weight loss
 Notes: CMP, TSH, CBC today; dietitian referral; continue mirtazapine.
Procedures:
 Infusion: Glassia (alpha1-proteinase inhibitor) 4,000 mg IV = 4 x 1 g/50 mL
 vials, lot GLA25L207 (all 4), exp 10/31/2026. PIV 22G R forearm. Started
 11:05 AM, completed 12:02 PM, rate 3.5 mL/min. All vials fully used - no
 waste. No reaction; post VS BP 118/70 HR 84 SpO2 93%.
Procedure Codes:
 96365 IV INFUSION, THERAPY, INITIAL, UP TO 1 HOUR
 J0256 ALPHA 1 PROTEINASE INHIBITOR, 10 MG x 400 JZ
Follow Up: 1 Week

Electronically signed by Marcus Delgado-Price MD on 02/18/2026 at 04:12 PM EST
Sign off status: Completed
"""

D2 = """HARBOR MEDICAID HEALTH PLAN - UTILIZATION MANAGEMENT
MEDICAL-BENEFIT DRUG: CONCURRENT / CLAIM-LINKED REVIEW WORKSHEET
Review date: 02/20/2026   Reviewer: Latoya Briggs, RN (UM Nurse Reviewer II)
Member: OKONJO, GRACE A   Medicaid ID: 600418823   DOB 07/30/1967
Provider: Riverside Community Health (M. Delgado-Price, MD)
Auth # on file: HMHP-A1-2026-00871 (approved 01/05/2026 - 07/04/2026,
  alpha1-PI weekly, "per label dose"). Claim reviewed: DOS 02/18/2026.
Policy: HMHP-CP-112 Alpha-1 Proteinase Inhibitor (Human)

CRITERIA (policy text -> record)                                     Met?
------------------------------------------------------------------------------
1. Dx AATD, E88.01, age >= 18 -> E88.01 on 02/18 note, age 58        Y / N  ☑ Y
2. "PiZZ, PiZ(null), Pi(null)(null) or other phenotype with AAT
   < 11 umol/L" -> PI*ZZ (2016)                                      ☑ Y  ☐ N
3. "Pre-treatment serum AAT < 11 umol/L (< 57 mg/dL)" -> 19 mg/dL     ☑ Y  ☐ N
4. "Emphysema by CT or FEV1 <= 65% predicted" -> J43.1; FEV1 44%     ☑ Y  ☐ N
5. "Non-smoker for >= 6 months" -> former smoker, quit 2018          ☑ Y  ☐ N
6. "Dose not to exceed 60 mg/kg IV weekly" -> 4,000 mg given 02/18;
   weight 121 lb (54.9 kg) on 02/18 -> 60 mg/kg = 3,294 mg.
   Given dose is ~21% over label dose. Order still based on 148 lb.  ☐ Y  ☑ N
7. "HCPCS must match product: Glassia = J0257; Aralast NP, Prolastin-C,
   Zemaira = J0256" -> claim billed J0256 x 400 for Glassia.         ☐ Y  ☑ N
8. Continuation: documented response -> "clinically stable, no
   exacerbations" per 02/18 note                                     ☑ Y  ☐ N

Actions: ☑ Pend claim line  ☐ Deny  ☑ Refer to Medical Director (dose)
         ☑ Provider outreach - corrected claim with J0257 requested
Outreach call 02/20/2026 14:10 to clinic billing (Deena): will correct code;
provider states next dose will be recalculated to ~3,300 mg.
Reviewer signature: L. Briggs RN   02/20/2026 14:32
"""

CHART = {
    "chart_id": "b18-006",
    "date_of_service": "2026-02-18",
    "payer": {"profile": "medicaid", "name": "Harbor Medicaid Health Plan"},
    "prior_authorization": "HMHP-A1-2026-00871",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-18", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-20", "text": D2},
    ],
}
PROFILE = "medicaid"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "1. Alpha-1-antitrypsin deficiency - E88.01 (Primary)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "(PI*ZZ, dx 2016, AAT 19 mg/dL)"),
    ({"kind": "serum_aat", "value": 19, "unit": "mg/dL"}, "d1", "AAT 19 mg/dL"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "2. Panlobular emphysema - J43.1"),
    ({"kind": "fev1", "value": 44}, "d1", "FEV1 0.98 L, 44% predicted"),
    ({"kind": "fev1", "value": 45}, "d1", "45% in 01/2025"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "Tobacco Use: Former smoker, 20 pack-years, quit 2018."),
    ({"kind": "weight", "value": 121, "unit": "lb", "value_kg": 54.9}, "d1", "Wt 121 lbs"),
    ({"kind": "weight", "value": 148, "unit": "lb", "value_kg": 67.1}, "d1", "Was 148 lbs\n at the 06/2025 visit"),
    ({"kind": "drug_product", "value": "Glassia"}, "d1", "Infusion: Glassia (alpha1-proteinase inhibitor) 4,000 mg IV"),
    ({"kind": "dose", "value": 4000}, "d1", "Infusion: Glassia (alpha1-proteinase inhibitor) 4,000 mg IV"),
    ({"kind": "wastage", "value": 0}, "d1", "All vials fully used - no\n waste."),
    ({"kind": "lot_number", "value": "GLA25L207"}, "d1", "lot GLA25L207 (all 4), exp 10/31/2026"),
    ({"kind": "expiration_date", "value": "2026-10-31"}, "d1", "exp 10/31/2026"),
    ({"kind": "infusion_start", "value": "11:05"}, "d1", "Started\n 11:05 AM"),
    ({"kind": "infusion_end", "value": "12:02"}, "d1", "completed 12:02 PM"),
    ({"kind": "response_to_therapy"}, "d1", "clinically stable on augmentation (no exacerbations, FEV1 44% vs\n 45% in 01/2025)"),
    ({"kind": "prior_authorization", "value": "HMHP-A1-2026-00871"}, "d1", "Auth#: HMHP-A1-2026-00871"),
]

DECOYS = [
    ("d1", "(approx. 3,300 mg)"),
    ("d2", "60 mg/kg = 3,294 mg"),
    ("d1", "Brother PI*ZZ, died age 52 (emphysema). Son PI*MZ."),
    ("d2", "Outreach call 02/20/2026 14:10"),
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
    "prior_authorization": "met",
    "code_selection": "conflict",
    "smoking_status": "met",
}
EXPECT_GAPS = ["dose_matches_weight", "code_selection"]

NOTES = ("GAPS: dose_matches_weight conflict (Glassia 4,000 mg at 121 lb = 54.9 kg; 60 mg/kg = 3,294 mg; "
         "+21.4 %; order still from 148 lb in 06/2025) and code_selection conflict (Glassia billed J0256; "
         "J0257 expected). units_match_dose is met for the line as billed (J0256 x 400 = 4,000 mg / 10). "
         "JZ with 'no waste' -> wastage met. Traps: old weight 148 lbs; planned 'approx. 3,300 mg'; payer "
         "worksheet quoting policy thresholds (< 11 umol/L, < 57 mg/dL, FEV1 <= 65 %), its own 3,294 mg "
         "calculation and outreach time 14:10; brother PI*ZZ, son PI*MZ; 12-hour times 11:05 AM/12:02 PM.")

ARITH = {
    "dos": "2026-02-18",
    "product": "Glassia",
    "weights": [
        {"value_kg": 54.9, "date": "2026-02-18"},
        {"value_kg": 67.1, "date": "2025-06-15"},
    ],
    "weight_kg": 54.9,
    "dose_mg": 4000,
    "target_mg": 3294.0,
    "pct_diff": 21.4,
    "within_10pct": False,
    "lines": [
        {"hcpcs": "J0256", "modifiers": ["JZ"], "billed_units": 400, "bu_mg": 10.0, "expected_units": 400},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "GLA25L207", "exp": "2026-10-31", "exp_compare": "2026-10-31", "expired": False},
    ],
}
