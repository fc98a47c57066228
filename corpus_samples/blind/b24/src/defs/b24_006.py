"""b24-006: commercial, gaps (code_selection conflict, wastage_documented missing). Style (2)
home-infusion pharmacy documents (CPR+-like pharmacist clinical monitoring note, delivery ticket
with item/lot/qty table, nursing visit note with Time In/Out and a separate infusion section).
Glassia 4 × 1 g = 4,000 mg billed as J0256 400 (no modifier)."""

CHART_ID = "b24-006"
DOS = "2026-02-26"
PAYER = {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": []},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
SUMMIT HOME INFUSION SERVICES                       CPR+ | Patient Clinical Monitoring
Patient: BRANDT, ELISE K          Patient ID: 118842      DOB: 11/19/1966     Sex: F
Physician: Haruto Ishikawa, MD    Phone: 303-555-0148      Site: 01 Denver
Therapy: A1PI (GLASSIA) IV Q WEEK     SOC: 08/02/2023      Freq: weekly, Thurs
Monitoring date: 02/23/2026      Pharmacist: Wendell Achterberg, RPh
----------------------------------------------------------------------------
DIAGNOSIS          E88.01  ALPHA-1-ANTITRYPSIN DEFICIENCY
                   J43.2   CENTRILOBULAR EMPHYSEMA
INSURANCE          UHC CHOICE PLUS (COMMERCIAL)   AUTH 9923-017741   01/01/26-12/31/26
                   Formulary note: plan lists Prolastin-C as preferred A1PI; prescriber
                   medical-necessity letter for Glassia on file (volume/rate tolerance).
ALLERGIES          PCN (hives)
HT / WT            165 cm / 66.3 kg (RN visit 02/19/26)
ORDER              GLASSIA 60 MG/KG IV WEEKLY @ <= 0.2 ML/KG/MIN THRU 5 MICRON FILTER
DOSE CHECK         60 mg/kg x 66.3 kg = 3,978 mg; dispense 4 x 1 g vials (4,000 mg nominal)
                   = +0.6% -- acceptable per vial-rounding policy
LABS               No routine labs. Last AAT trough 10/2025 = 1.02 g/L (on therapy).
                   Pre-treatment AAT 0.31 g/L (2023), phenotype PI*ZZ (referral packet).
CLINICAL REVIEW    Per RN notes 02/05-02/19: no reactions, no missed doses, SpO2 93-95% RA.
                   Pt reports using Trelegy daily. Non-smoker (never).
INTERVENTIONS      None required. Reminded pt to keep vials refrigerated; may sit at room
                   temp up to 2 h before infusion.
NEXT MONITORING    03/23/2026
Electronically signed: W. Achterberg, RPh  02/23/2026 15:41
"""

D2 = """
SUMMIT HOME INFUSION SERVICES - DELIVERY TICKET                       Ticket: 260224-0419
Patient: BRANDT, ELISE K (118842)       Deliver to: 77 Larkspur Ct, Golden CO 80401
Delivery date: 02/24/2026   Window: 12-4 PM   Driver: G. Salcido   Cooler: 1 (2-8 C)
Rx: 5521873   Rx date 01/02/2026   Fill #: 9 of 52   Dose date(s): 02/26/2026
------------------------------------------------------------------------------------------
 Item                                   NDC / Item #     Lot          Exp       Qty  UOM
 GLASSIA 1 GM/50 ML SOLN                0944-2884-02     GB25F0331    08/2026   2    VL
 GLASSIA 1 GM/50 ML SOLN                0944-2884-02     GB25G0410    09/2026   2    VL
 NACL 0.9% 10 ML PREFILLED FLUSH        S-1022           24K881       10/2027   4    EA
 GRAVITY SET W/ 5 MICRON FILTER         S-3310           NB2503       02/2029   1    EA
 IV START KIT / 24G CATHETER            S-2047           2511-77      11/2028   1    EA
 EPINEPHRINE 1 MG/ML AMP (anaph kit)    0409-7241-01     16-380-EV    07/2026   1    EA
------------------------------------------------------------------------------------------
 Billing code (item master): GLASSIA -> J0256  (units per 10 mg)        Units: 400
 Per diem: S9346 x 1
Packed by: L. Ferraro, CPhT  02/24 09:12      Verified by: W. Achterberg, RPh  02/24 09:40
Received by: Elise Brandt   02/24/2026 14:07   Cold chain intact: Y
"""

D3 = """
SUMMIT HOME INFUSION SERVICES - SKILLED NURSING VISIT NOTE
Patient: BRANDT, ELISE K    ID 118842    Visit date: 02/26/2026    Visit #: 129
Nurse: Dana Whitcomb, RN      Visit type: Infusion / assessment
TIME IN: 13:05      TIME OUT: 14:40

ASSESSMENT
  T 36.4  BP 116/70  HR 76  RR 16  SpO2 94% RA   Wt 66.0 kg (pt scale, verified w/ agency scale)
  Lungs: diminished bilaterally, faint end-exp wheeze RUL. No acute distress.
  Pt reports no fever, no cough change; last albuterol use 2 days ago.
  Neuro/skin/GI: WNL. Pain 0/10.
  Home: lives w/ spouse; pet dog; cold-chain storage appropriate.

IV ACCESS
  PIV 24g L forearm placed 13:24, 1 attempt; + blood return; removed 14:22, intact.

INFUSION
  Medication: Glassia (alpha1-proteinase inhibitor, human) 4,000 mg in 200 mL (4 vials)
  Lots: GB25F0331 x2, GB25G0410 x2    Exp: 08/2026, 09/2026
  Pre-infusion check: vials at room temp 75 min, clear, no particulates; 2 identifiers checked
  Infusion start: 13:38     Infusion stop: 13:54     Rate: 13 mL/min (0.2 mL/kg/min)
  Filter: 5 micron in-line (gravity set)
  Vitals during: 13:46 BP 114/70 HR 78 SpO2 94%;  14:10 BP 118/72 HR 74 SpO2 95%
  Adverse reaction: none observed
  Post-flush: NS 10 mL.  Sharps container left in home (half full).

TEACHING
  Reviewed s/sx of hypersensitivity and when to use the anaphylaxis kit. Pt verbalized.
  Reinforced 24-hr on-call number.

PLAN
  Next visit 03/05/2026 13:00. Next delivery 03/03.

Signed: Dana Whitcomb, RN   02/26/2026 16:02
"""

D4 = """
FRONT RANGE LUNG CENTER
Progress Note           DOS: 01/14/2026
Patient: Elise K. Brandt      DOB: 11/19/1966
Provider: Haruto Ishikawa, MD

Interval history: 59-year-old woman with alpha-1 antitrypsin deficiency (PI*ZZ) and
centrilobular/panlobular emphysema, on weekly home Glassia since 08/2023. Since starting
augmentation she has had no hospitalizations (two in 2022) and her FEV1 decline has slowed
to about 18 mL/yr. No infusion reactions. Never smoked. Works part time as a librarian.

Current: Trelegy Ellipta 1 inh daily, albuterol PRN, levothyroxine 75 mcg.

Vitals: BP 120/74  HR 80  SpO2 94% RA  Wt 66.7 kg  BMI 24.5

PFT today: FEV1 1.34 L (47% pred), FVC 2.88 L (83% pred), FEV1/FVC 0.47, DLCO 55%.

Impression:
  1. AATD on augmentation - clinically stable, benefit maintained; continue Glassia
     60 mg/kg IV weekly via Summit Home Infusion.
  2. Emphysema - continue triple inhaler; pulmonary rehab maintenance.
  3. Brother (PI*ZZ) recently started on Prolastin-C elsewhere; she asked whether she should
     switch - no reason to change a well-tolerated product.
  Follow-up 6 months.

H. Ishikawa, MD - signed 01/14/2026
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-23", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-02-26", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-01-14", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01  ALPHA-1-ANTITRYPSIN DEFICIENCY"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ)"},
    {"kind": "serum_aat", "value": 0.31, "unit": "g/L", "_doc": "d1", "_ev": "Pre-treatment AAT 0.31 g/L (2023)"},
    {"kind": "serum_aat", "value": 1.02, "unit": "g/L", "_doc": "d1", "_ev": "Last AAT trough 10/2025 = 1.02 g/L (on therapy)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.2   CENTRILOBULAR EMPHYSEMA"},
    {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0, "_date": "2026-02-26", "_doc": "d3", "_ev": "Wt 66.0 kg (pt scale"},
    {"kind": "weight", "value": 66.3, "unit": "kg", "value_kg": 66.3, "_date": "2026-02-19", "_doc": "d1", "_ev": "66.3 kg (RN visit 02/19/26)"},
    {"kind": "weight", "value": 66.7, "unit": "kg", "value_kg": 66.7, "_date": "2026-01-14", "_doc": "d4", "_ev": "Wt 66.7 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d3", "_ev": "Glassia (alpha1-proteinase inhibitor, human) 4,000 mg in 200 mL"},
    {"kind": "lot_number", "value": "GB25F0331", "_doc": "d3", "_ev": "Lots: GB25F0331 x2"},
    {"kind": "lot_number", "value": "GB25G0410", "_doc": "d3", "_ev": "GB25G0410 x2"},
    {"kind": "expiration_date", "value": "2026-08", "_doc": "d3", "_ev": "Exp: 08/2026"},
    {"kind": "expiration_date", "value": "2026-09", "_doc": "d3", "_ev": "Exp: 08/2026, 09/2026"},
    {"kind": "infusion_start", "value": "13:38", "_doc": "d3", "_ev": "Infusion start: 13:38"},
    {"kind": "infusion_end", "value": "13:54", "_doc": "d3", "_ev": "Infusion stop: 13:54"},
    {"kind": "fev1", "value": 47, "_doc": "d4", "_ev": "FEV1 1.34 L (47% pred)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "Since starting\naugmentation she has had no hospitalizations (two in 2022) and her FEV1 decline has slowed\nto about 18 mL/yr."},
    {"kind": "prior_authorization", "value": "9923-017741", "_doc": "d1", "_ev": "AUTH 9923-017741"},
    {"kind": "smoking_status", "value": "never", "_doc": "d4", "_ev": "Never smoked."},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d3", "_ev": "Medication: Glassia (alpha1-proteinase inhibitor, human)"},
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
    "wastage_documented": "missing",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "conflict",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-26",
    "weight": {"value": 66.0, "unit": "kg", "kg": 66.0, "date": "2026-02-26"},
    "dose_mg": 4000,
    "target_mg": 3960.0,
    "tolerance_mg": 396.0,
    "deviation_pct": 1.01,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2026-08", "2026-09"],
    "expiration_ok": True,
}

NOTES = """
Gaps: code_selection conflict (Glassia given and dispensed, NDC 0944-2884-02, but the claim and
the pharmacy item master bill J0256; Glassia is J0257); wastage_documented missing (commercial
claim, no JW/JZ; nothing is said about waste or the absence of waste: "Sharps container left in
home" is not a wastage statement). Traps: Time In 13:05 / Time Out 14:40, PIV 13:24/14:22,
vitals 13:46/14:10, delivery window, packed/verified/received times; 60 x 66.3 = 3,978 mg calc;
flush/filter/start-kit/epinephrine lots and exps; "Units: 400" and "J0256" on the delivery
ticket (item master, not the documented product's code); formulary "Prolastin-C as preferred"
and the brother's Prolastin-C (not the patient's product); brother PI*ZZ; on-therapy trough
1.02 g/L listed (pre-treatment 0.31 g/L meets); FVC 83 % is not FEV1; levothyroxine 75 mcg.
Weights 66.3 (02/19) and 66.7 (01/14) listed; DOS 66.0 kg governs.
"""
