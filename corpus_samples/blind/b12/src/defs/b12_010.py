# b12-010  medicaid  complete
# Style: Oracle Health (Cerner) iView "Infusions" band export with MAW detail + secure-chat thread
# (weight change, dose check, lot, waste) + pulmonary note.  Prolastin-C Liquid 4,000 mg, single
# 80 mL vial; billed J2252 x4000 JZ (the guide's code table: J2252 = any A1PI product, 1 mg).

_iview = """Oracle Health PowerChart | Interactive View - INFUSION CENTER              Printed: 12/16/2025 13:20 CST
PRATT, SHANIQUA D   | MRN 40033871 | FIN 8802217741 | DOB 05/11/1973 | 52Y | F
Loc: SMH OP INFUS; BAY C-4 | Attending: Gutierrez-Lamb, Celia MD | Allergies: latex, ibuprofen (GI upset)
Dosing Wt: 68 kg (12/16/2025 10:18) | Ht: 170 cm

>> Band: Vital Signs                      12/16/2025    12/16/2025    12/16/2025    12/16/2025
                                          10:18 CST     10:47 CST     11:01 CST     11:20 CST
   Temperature Temporal Artery            36.9 DegC                   36.8 DegC
   Apical Heart Rate                      90 bpm        92 bpm        88 bpm        86 bpm
   Respiratory Rate                       20 br/min     20 br/min     18 br/min     18 br/min
   Systolic/Diastolic BP                  132/80        128/78        130/80        126/76
   SpO2                                   95 %          95 %          96 %          96 %

>> Band: Measurements
   Weight Measured (12/16/2025 10:18)     68.0 kg       Method: Standing
   Weight Change Since Last Visit         -1.1 kg

>> Band: Infusions
   Alpha-1 PI (Prolastin-C Liquid) 4,000 mg / 80 mL  IVPB  (ready-to-use, single 80 mL vial)
     Result Date/Time       Activity        Volume      Rate          Site                  Performed By
     12/16/2025 10:44 CST   Begin Bag       80 mL       300 mL/hr     Forearm, Right        Nguyen, Thao RN
     12/16/2025 10:48 CST   Rate Change                 330 mL/hr     Forearm, Right        Nguyen, Thao RN
     12/16/2025 10:53 CST   Site Check                                Forearm, Right - WNL  Nguyen, Thao RN
     12/16/2025 11:00 CST   Infuse          80 mL       0 mL/hr       Infusion complete     Nguyen, Thao RN
   Sodium Chloride 0.9% (flush)
     12/16/2025 10:33 CST   Infuse          10 mL                     pre-infusion flush    Nguyen, Thao RN
     12/16/2025 11:01 CST   Infuse          20 mL                     post-infusion flush   Nguyen, Thao RN

>> Band: Infusion Times
   Infusion Start Date/Time               12/16/2025 10:44 CST
   Infusion Stop Date/Time                12/16/2025 11:00 CST
   Total Infusion Time                    16 min

>> Band: Lines - Peripheral IV
   12/16/2025 10:30 CST  Insert  22 ga Forearm, Right  1 attempt  Blood return: Yes
   12/16/2025 11:25 CST  Discontinue  Catheter intact

>> Medication Administration Wizard detail (linked)
   alpha-1 proteinase inhibitor (Prolastin-C Liquid) - Admin 12/16/2025 10:44 CST
   Dose 4,000 mg  Volume 80 mL  IV  Rate 300 mL/hr -> 330 mL/hr
   NDC 13533-0705-80   Lot B2511K0437   Exp 06/30/2027
   Waste: 0 mg - entire single-dose vial administered
   Verified by: Whitfield, Omar PharmD 12/16/2025 10:26 CST
   acetaminophen 650 mg PO - Admin 12/16/2025 10:35 CST (premed)
   loratadine 10 mg PO - Admin 12/16/2025 10:35 CST (premed)

>> Band: Discharge
   12/16/2025 11:28 CST  Discharged ambulatory; transport: Medicaid ride service
"""

_chat = """SECURE CHAT - Thread export                                     Filed to chart 12/16/2025 13:02
Thread: "Pratt S - A1PI today"     Members: Thao Nguyen RN (infusion), Omar Whitfield PharmD,
                                            Celia Gutierrez-Lamb MD (pulmonology)

12/16/2025 10:21  Thao Nguyen RN
  Ms Pratt is here. Wt 68.0 kg today, was 69.1 kg on 11/18. Order is fixed 4,000 mg Prolastin-C
  Liquid. Still ok or do you want it recalculated?
12/16/2025 10:23  Omar Whitfield PharmD
  60 x 68.0 = 4,080 mg. 4,000 mg is -2%, inside the +/-10% rounding rule. Keep the single
  80 mL vial, no waste. I'll verify now.
12/16/2025 10:24  Celia Gutierrez-Lamb MD
  Agree, keep 4,000. Thanks for checking.
12/16/2025 10:26  Omar Whitfield PharmD
  Verified. 80 mL vial lot B2511K0437 exp 06/30/2027 coming up in the tube.
12/16/2025 10:27  Omar Whitfield PharmD
  Unrelated: bed 4 (different pt) Glassia is delayed, waiting on their auth. Don't hang it.
12/16/2025 10:28  Thao Nguyen RN
  Got it, thanks
12/16/2025 10:46  Thao Nguyen RN
  Hung at 10:44, 300 -> will go to 330. She says the premeds helped last time.
12/16/2025 11:02  Thao Nguyen RN
  Finished 11:00, whole vial in, nothing wasted. No reaction. Her ride is 11:30.
12/16/2025 11:04  Celia Gutierrez-Lamb MD
  Great. Tell her I'll see her 1/13 for the 6 month visit, and to bring her inhalers.
12/16/2025 11:05  Thao Nguyen RN
  Will do.
"""

_note = """SOUTHWEST METHODIST PULMONARY - PROGRESS NOTE
Date: 11/18/2025                   Provider: Celia Gutierrez-Lamb, MD
Patient: Shaniqua D. Pratt  52 F   MRN 40033871
Coverage: Texas Medicaid - Superior HealthPlan STAR+PLUS

HISTORY
Ms. Pratt has severe alpha-1 antitrypsin deficiency, PI*ZZ, with emphysema diagnosed at 44.
She has never smoked. She worked in a poultry-processing plant for 12 years. Augmentation
with Prolastin-C Liquid began 07/2023. She reports better days since starting: she can do
her own grocery shopping again, exacerbations have dropped from 3 in the year before
augmentation to 1 in the past year (04/2025, prednisone burst), and she has had no ER visits.
Some fatigue on infusion days. No infusion reactions since acetaminophen/loratadine premeds.

PAST HISTORY: AATD (E88.01); emphysema (J43.1); obesity class I in the past (now
improved); migraine; iron-deficiency anemia 2022, resolved.
FAMILY: two sisters - one PI*MZ, one untested. Mother died of cirrhosis (never tested).
MEDICATIONS: budesonide/glycopyrrolate/formoterol 2 puffs BID; albuterol PRN; sumatriptan
50 mg PRN; ferrous sulfate stopped 2023; Prolastin-C Liquid 4,000 mg IV weekly (fixed dose
order, reviewed against weight each visit).

EXAM: weight 69.1 kg; BP 130/78; HR 92; SpO2 95% RA. Prolonged expiration, scattered
expiratory wheeze. No edema.

DATA
- AAT 19 mg/dL (06/2023 baseline, nephelometry; ref 100-190 mg/dL); CRP 1.8 mg/L.
- Phenotype ZZ (IEF); genotype PI*ZZ.
- CT 05/2023: moderate panlobular emphysema, both lower lobes.
- Spirometry 10/2025: FEV1 1.19 L (44% predicted) post-BD, FEV1/FVC 0.46.
- AAT trough on therapy 08/2025: 61 mg/dL.

ASSESSMENT
AATD PI*ZZ with emphysema, never smoker. Improved function and fewer exacerbations on
augmentation; FEV1 stable (44% now, 45% in 2024). Continue Prolastin-C Liquid; weight 69.1 kg
today, fixed 4,000 mg is -3.5% of 60 mg/kg - acceptable.

PLAN
1. Continue Prolastin-C Liquid IV weekly. Prior authorization PA# 251104-88712 (Superior),
   valid 11/04/2025 - 11/03/2026.
2. Pulmonary rehab - re-referred.
3. Influenza vaccine today; RSV vaccine when available through her pharmacy.
4. Return 01/13/2026.

Celia Gutierrez-Lamb, MD  11/18/2025 17:22
"""

CHART = {
    "chart_id": "b12-010",
    "date_of_service": "2025-12-16",
    "payer": {"profile": "medicaid", "name": "Texas Medicaid - Superior HealthPlan STAR+PLUS"},
    "prior_authorization": "251104-88712",
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J2252", "units": 4000, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-16", "text": _iview},
        {"id": "d2", "type": "other", "date": "2025-12-16", "text": _chat},
        {"id": "d3", "type": "progress_note", "date": "2025-11-18", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-010",
    "profile": "medicaid",
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 19, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 61, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 44},
        {"kind": "fev1", "value": 45},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 68.0, "unit": "kg", "value_kg": 68.0},
        {"kind": "weight", "value": 69.1, "unit": "kg", "value_kg": 69.1},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "B2511K0437"},
        {"kind": "expiration_date", "value": "2027-06-30"},
        {"kind": "infusion_start", "value": "10:44"},
        {"kind": "infusion_end", "value": "11:00"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "251104-88712"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete. Billed J2252 x4000 JZ: under the guide's code table J2252 covers any A1PI product "
        "at 1 mg per unit, so code_selection and units are met (facts.md says the real CMS J2252 is "
        "midazolam; see README). iView Begin Bag 10:44 / Infuse complete 11:00 and the Infusion Times "
        "band agree; PIV 10:30, flush 10:33/11:01, pharmacist verification 10:26, chat timestamps, "
        "discharge 11:28 and ride 11:30 are not infusion times. Waste 0 mg (entire vial). Fixed-dose "
        "order 4,000 mg and the chat/pharmacist check '60 x 68.0 = 4,080 mg' are calculations. "
        "Bed 4's Glassia belongs to another patient. On-therapy trough 61 mg/dL is listed (above "
        "threshold) but baseline 19 mg/dL meets it. Sister PI*MZ and mother's cirrhosis are family. "
        "'Dosing Wt: 68 kg' in the header and 'Weight Measured 68.0 kg' are the same weight."
    ),
}

ARITH = {
    "dos": "2025-12-16",
    "profile": "medicaid",
    "product": "Prolastin-C Liquid",
    "code": "J2252",
    "weight": {"value": 68.0, "unit": "kg", "kg": 68.0},
    "dose_mg": 4000,
    "target_mg": 4080.0,
    "deviation_pct": -1.96,
    "vials": [{"nominal_mg": 4000, "labeled_mg": 4000, "lot": "B2511K0437"}],
    "waste_mg": 0,
    "admin_units_expected": 4000,
    "billed_admin_units": 4000,
    "jw_units_expected": None,
    "modifier_expectation": "JZ (no waste); J2252 billing unit 1 mg per the guide",
    "lots": [{"lot": "B2511K0437", "exp": "2027-06-30", "expired": False}],
}
