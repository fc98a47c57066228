# b18-012: medicare. Styles (4) NextGen pulmonary follow-up note (inline vitals, active meds with sigs,
# bulleted A/P) + (2) CSV export of the infusion-center log (3 rows: 02/26, cancelled 03/05, 03/12).
# Prolastin-C 4,872 mg from 5 x 1,000 mg vials at 81.2 kg (target 4,872 mg), 128 mg wasted.
# Claim J0256 x 487 + JW x 12. GAP: units_match_dose conflict (4,872 mg / 10 = 487.2 -> 488 units; the log's
# "Bill Units" truncated to 487). JW x 12 = floor(128 / 10) is right.

D1 = """NextGen Healthcare | Pulmonary Medicine
Birchwood Medical Group - Pulmonary & Infusion, 400 Elm Ridge Rd
Patient: SZABO, ELEANOR J        DOB 01/27/1950    Age 76    Female
Chart #: BW-310277    DOS: 03/12/2026    Rendering: Harold Nguyen-Reyes, MD
Payer: Medicare Part B / AARP Medigap Plan G

Reason for visit: Alpha-1 augmentation (weekly infusion) + 3-month MD visit.

HPI
76 y/o never-smoker with alpha-1 antitrypsin deficiency - SERPINA1
genotyping 2019: homozygous c.1096G>A (p.Glu366Lys; rs28929474), i.e. PI*ZZ;
serum AAT 0.29 g/L at diagnosis - and emphysema (CT 2019: panlobular,
lower-lobe predominant) / COPD. Weekly Prolastin-C since 04/2019. Missed
last week (03/05) for a dental extraction. No exacerbation since 10/2023;
gardens, walks 20 min daily. Mild fatigue, sleeping OK.

ROS: no fever, chills, hemoptysis, chest pain, leg swelling or rash. Mild
post-extraction jaw soreness (L lower molar), improving. No GI bleeding.

PMH: AATD; emphysema; osteoporosis (T-score -2.7, 2024); HTN (diet); s/p
cholecystectomy 1998; cataracts s/p bilateral IOL 2021.
Social: widowed, lives alone, daughter nearby; never smoked, no alcohol.

Vitals: BP 142/78, HR 76, RR 16, Temp 97.9 F, SpO2 94% RA, Wt 179 lbs,
Ht 5'4", BMI 30.7 (weighed 09:02)

Exam: comfortable, speaking full sentences. Chest: decreased breath sounds
at bases, prolonged expiration, no wheeze or crackles. Heart RRR, no
murmur. No edema, no clubbing. Skin: no panniculitis. L AC PIV (RN).

Active Medications
 - Prolastin-C 1,000 mg vial: 60 mg/kg IV weekly (pharmacy compounds to
   weight; see infusion log)
 - Anoro Ellipta 62.5-25 mcg: 1 inhalation daily
 - Albuterol HFA 90 mcg: 2 puffs q6h PRN
 - Vitamin D3 2,000 IU: 1 cap daily
 - Alendronate 70 mg: 1 tab weekly (Sunday)
 - Amoxicillin 2 g PO x1 before dental work (given 03/04, done)

Results
 - Spirometry 02/2026: FEV1 1.02 L (47% pred), FEV1/FVC 0.48 - unchanged
   from 02/2025 (1.04 L, 47%).
 - On-treatment trough AAT 0.71 g/L (01/2026).

Assessment / Plan
 * Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)
   - responding well to augmentation: FEV1 stable x 1 yr, no exacerbations
     in > 2 years
   - infusion today per log (RN M. Kowalczyk); next 03/19/2026
 * Emphysema (J43.1) / COPD - continue Anoro; PR maintenance
 * Osteoporosis - alendronate; DEXA 2027
 * Sister (deceased, age 61) had PI*ZZ; nephew PI*MZ 0.95 g/L - no change
 * If weight changes by > 2 kg, pharmacy recalculates the weekly dose
   (hypothetical; stable today)

Electronically signed by Harold Nguyen-Reyes, MD on 03/12/2026 11:26 AM
"""

D2 = """Date,Pt Name,MRN,Drug,Wt kg,Ordered mg/kg,Calc Dose mg,Admin Dose mg,Vials Used,Lot,Exp,Start,End,Wasted mg,Bill Units (10 mg),JW Units,RN,Comment
02/12/2026,"SZABO, ELEANOR J",BW-310277,PROLASTIN-C,81.9,60,4914,4914,5 x 1000 mg,26PCA0219,01/2027,09:05,09:33,86,492,8,JP,"tolerated; BP 150/82 pre, recheck 138/80"
02/19/2026,"SZABO, ELEANOR J",BW-310277,PROLASTIN-C,81.6,60,4896,4896,5 x 1000 mg,26PCA0219,01/2027,09:15,09:44,104,490,10,MK,tolerated
02/26/2026,"SZABO, ELEANOR J",BW-310277,PROLASTIN-C,81.6,60,4896,4896,5 x 1000 mg,26PCA0219,01/2027,09:12,09:41,104,490,10,MK,"tolerated, no premeds"
03/05/2026,"SZABO, ELEANOR J",BW-310277,PROLASTIN-C,,60,,,,,,,,,,,MK,"CANCELLED - dental extraction 03/04, pt rescheduled"
03/12/2026,"SZABO, ELEANOR J",BW-310277,PROLASTIN-C,81.2,60,4872,4872,5 x 1000 mg,26PCB0771,03/2027,09:20,09:47,128,487,12,MK,"partial 5th vial discarded (128 mg), witnessed J. Park RN; tolerated"
"""

CHART = {
    "chart_id": "b18-012",
    "date_of_service": "2026-03-12",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 487, "modifiers": []},
        {"hcpcs": "J0256", "units": 12, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-12", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-12", "text": D2},
    ],
}
PROFILE = "medicare"

ROW = ("03/12/2026,\"SZABO, ELEANOR J\",BW-310277,PROLASTIN-C,81.2,60,4872,4872,5 x 1000 mg,26PCB0771,03/2027,"
       "09:20,09:47,128,487,12")

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "homozygous c.1096G>A (p.Glu366Lys; rs28929474), i.e. PI*ZZ"),
    ({"kind": "serum_aat", "value": 0.29, "unit": "g/L"}, "d1", "serum AAT 0.29 g/L at diagnosis"),
    ({"kind": "serum_aat", "value": 0.71, "unit": "g/L"}, "d1", "On-treatment trough AAT 0.71 g/L (01/2026)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "Emphysema (J43.1)"),
    ({"kind": "lung_disease", "value": "copd"}, "d1", "Emphysema (J43.1) / COPD"),
    ({"kind": "fev1", "value": 47}, "d1", "FEV1 1.02 L (47% pred)"),
    ({"kind": "smoking_status", "value": "never"}, "d1", "76 y/o never-smoker"),
    ({"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2}, "d2", ROW),
    ({"kind": "weight", "value": 81.6, "unit": "kg", "value_kg": 81.6}, "d2", "BW-310277,PROLASTIN-C,81.6,60,4896"),
    ({"kind": "weight", "value": 81.9, "unit": "kg", "value_kg": 81.9}, "d2", "BW-310277,PROLASTIN-C,81.9,60,4914"),
    ({"kind": "drug_product", "value": "Prolastin-C"}, "d2", ROW),
    ({"kind": "dose", "value": 4872}, "d2", ROW),
    ({"kind": "wastage", "value": 128}, "d2", "partial 5th vial discarded (128 mg)"),
    ({"kind": "lot_number", "value": "26PCB0771"}, "d2", ROW),
    ({"kind": "expiration_date", "value": "2027-03"}, "d2", ROW),
    ({"kind": "infusion_start", "value": "09:20"}, "d2", ROW),
    ({"kind": "infusion_end", "value": "09:47"}, "d2", ROW),
    ({"kind": "response_to_therapy"}, "d1",
     "responding well to augmentation: FEV1 stable x 1 yr, no exacerbations\n     in > 2 years"),
]

DECOYS = [
    ("d1", "Wt 179 lbs"),
    ("d2", "26PCA0219,01/2027,09:12,09:41,104,490,10"),
    ("d1", "nephew PI*MZ 0.95 g/L"),
    ("d1", "Amoxicillin 2 g PO x1"),
    ("d1", "(weighed 09:02)"),
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
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}
EXPECT_GAPS = ["units_match_dose"]

NOTES = ("GAP units_match_dose conflict: 4,872 mg is 487.2 ten-mg units, which rounds UP to 488; the claim "
         "(and the log's 'Bill Units' column) has 487. JW x 12 = floor(128/10) is correct, so wastage is met. "
         "Prolastin-C 4,872 mg at 81.2 kg (179 lbs in the note; target 4,872 mg). Genotype written as HGVS "
         "c.1096G>A homozygous -> [Z, Z]. Traps: 02/12, 02/19 and 02/26 rows (81.9/81.6/81.6 kg, 4,914/4,896 mg, lot "
         "26PCA0219, their own times, wastes and units); cancelled 03/05 row with empty cells; on-treatment trough 0.71 g/L (listed; "
         "the 0.29 g/L level is below 0.57); nephew PI*MZ 0.95 g/L; amoxicillin 2 g; vitals time 09:02; "
         "hypothetical recalculation.")

ARITH = {
    "dos": "2026-03-12",
    "product": "Prolastin-C",
    "weights": [
        {"value_kg": 81.2, "date": "2026-03-12"},
        {"value_kg": 81.6, "date": "2026-02-26"},
        {"value_kg": 81.9, "date": "2026-02-12"},
    ],
    "weight_kg": 81.2,
    "dose_mg": 4872,
    "target_mg": 4872.0,
    "pct_diff": 0.0,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 487, "bu_mg": 10.0, "expected_units": 488},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed_units": 12, "bu_mg": 10.0, "expected_units": 12},
    ],
    "waste_mg": 128,
    "jw_units_expected": 12,
    "lots": [
        {"lot": "26PCB0771", "exp": "2027-03", "exp_compare": "2027-03-31", "expired": False},
    ],
}
