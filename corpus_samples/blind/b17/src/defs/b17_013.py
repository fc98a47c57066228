# b17-013: medicaid. Epic progress note dictated with Dragon (speech-recognition errors) that carries a block copied
# forward from 06/11/2024, plus an Epic infusion flowsheet with three weekly columns. Gaps: weight fell to 66.7 kg
# but the Zemaira dose stayed at the 81 kg dose (4,860 mg = +21 %); claim has JZ on the administered line AND a
# JW line.

D1 = """Riverside Community Health - Pulmonary Clinic
PROGRESS NOTES
Jovan Petrakis-Moyo, MD      Pulmonology      03/17/2026 2:02 PM
Patient: Calloway, Darnell R    MRN 3011947    DOB 08/08/1970 (55 y.o. M)
Encounter: 03/17/2026 Office Visit

This note was dictated using Dragon Medical One voice recognition. Please excuse sound-alike errors.

Subjective
[Interval history - copied from visit 06/11/2024 (J. Petrakis-Moyo), please update]
Mr. Calloway is a 53-year-old man with alpha-1 antitrypsin deficiency PI*ZZ and emphysema who started
Zemaira in 2021. He is doing well. Weight today 81.0 kg. Zemaira 4,860 mg weekly (60 mg/kg, whole vials).
Infusions in the clinic suite Tuesdays. No exacerbations this year. Continues to abstain from tobacco.
[end of copied text]

Today he comes in after his infusion. He has been losing weight over the last year and a half, which he
puts down to poor appetite and "just not feeling like eating" since his mother died; he also says food
tastes different. He is short of breath walking to the mailbox now, more than last year. He had one
exasperation in December treated with prednisone 40 mg daily for five days and doxy cycling 100 mg twice
daily. No hemoptysis. No fevers or night sweats. He quit smoking in 2017 and has not restarted.

He thinks the infusions are still helping; he has not been hospitalized since starting, compared with two
admissions the year before he started, and he tolerates them without reactions.

Objective
Vitals (infusion flowsheet today): weight 66.7 kg, BP 108/66, HR 90, SpO2 92% on room air.
General: thin, temporal wasting. Lungs: distant breath sounds, no wheezes. No edema. No lymph nodes.
Spirometry 02/2026: FEV1 1.29 L, 36% predicted (was 41% in 02/2025).
Labs 02/2026: albumin 3.2 g/dL, TSH 1.9, A1c 5.4%, HIV negative.
Historic: alpha-1 antitrypsin 22 mg/dL with PI*ZZ genotype (2021, Labcorp).

Assessment and Plan
1. Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ, on Zemaira. Clinically he continues to benefit (no
   admissions since starting, tolerating infusions), but FEV1 is lower this year.
2. Emphysema (J43.9) / COPD with severe airflow obstruction; continue Breztri 2 puffs twice daily and
   albuterol as needed. Pulmonary rehab re-referral.
3. Unintentional weight loss, about 14 kg over 21 months. CT chest, abdomen and pelvis ordered to rule out
   malignancy; nutrition referral; mirtazapine 7.5 mg at bedtime.
4. Augmentation dose: at today's weight 66.7 kg the dose would be about 4,000 mg. I have asked pharmacy to
   recalculate for next week; today's dose was given as previously ordered.

Follow up 4 weeks after CT.
Jovan Petrakis-Moyo, MD   signed 03/17/2026 2:40 PM
"""

D2 = """Riverside Community Health - Infusion Suite
Flowsheets - ALPHA-1 AUGMENTATION (Epic flowsheet print)      Printed 03/17/2026 1:55 PM
Calloway, Darnell R    MRN 3011947    DOB 08/08/1970    Allergies: No Known Allergies
Order: alpha-1-proteinase inhibitor (ZEMAIRA) 4,860 mg IV every 7 days  (ordered 06/11/2024, dosing wt 81 kg)

                                 03/03/26 0912     03/10/26 0905     03/17/26 0914
Weight                           67.4 kg           66.9 kg           66.7 kg
BP                               112/70            110/68            108/66
Pulse                            86                88                90
Temp                             36.6 C            36.8 C            36.7 C
SpO2                             93 %              92 %              92 %
Pre-infusion assessment          No acute changes  No acute changes  Dyspnea on exertion, no distress
IV access                        22g R FA          22g L FA          22g R AC
IV placed                        0931              0925              0930
Product                          Zemaira           Zemaira           Zemaira
Vials (labeled mg)               3,861 + 999       3,861 + 999       3,868 + 992
Dose given (mg)                  4,860             4,860             4,860
Lot (4 g vial)                   P100501117        P100501117        P100522308
Exp (4 g vial)                   06/30/2027        06/30/2027        09/30/2027
Lot (1 g vial)                   P100488032        P100488032        P100519944
Exp (1 g vial)                   02/28/2027        02/28/2027        05/31/2027
Rate                             5.3 mL/min        5.3 mL/min        5.3 mL/min
Infusion start                   0945              0940              0944
Infusion stop                    1004              1000              1003
Waste                            0 mg              0 mg              0 mg - whole vials
Reaction                         None              None              None
Post BP / HR                     110/68 / 84       108/66 / 86       106/64 / 88
Discharge                        1030              1028              1031
RN                               A. Whitfield      A. Whitfield      S. Nakamura

Comments (03/17/26 1010, S. Nakamura RN): Weight down 14 kg from dosing weight on order; Dr. Petrakis-Moyo
notified before infusion, said give ordered dose today and he will address. Charge capture defaulted from
template: J0256 JZ x 486 and J0256 JW x 4 - sent to coding for review.
"""

CHART = {
    "chart_id": "b17-013",
    "date_of_service": "2026-03-17",
    "payer": {"profile": "medicaid", "name": "Texas Medicaid - Lone Star Health Partners (STAR)"},
    "prior_authorization": "LSH-A1P-2025-33901",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 486, "modifiers": ["JZ"]},
        {"hcpcs": "J0256", "units": 4, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-17", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-17", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b17-013",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "conflict",
        "units_match_dose": "met",
        "wastage_documented": "conflict",
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
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "weight", "value": 66.7, "unit": "kg", "value_kg": 66.7},
        {"kind": "weight", "value": 66.9, "unit": "kg", "value_kg": 66.9},
        {"kind": "weight", "value": 67.4, "unit": "kg", "value_kg": 67.4},
        {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0},
        {"kind": "dose", "value": 4860},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100522308"},
        {"kind": "lot_number", "value": "P100519944"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "expiration_date", "value": "2027-05-31"},
        {"kind": "infusion_start", "value": "09:44"},
        {"kind": "infusion_end", "value": "10:03"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 36},
        {"kind": "fev1", "value": 41},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Gaps: dose_matches_weight conflict (4,860 mg at 66.7 kg: target 4,002 mg, +21.4 %; the order still uses the "
        "81 kg dosing weight); wastage_documented conflict (JZ on the administered line and a JW line on the same "
        "claim, with 0 mg waste documented). Traps: copied-forward 06/11/2024 block ('Weight today 81.0 kg', 'Zemaira "
        "4,860 mg weekly') - the dose there is not the DOS dose, the weight is a historical weight; 03/03 and 03/10 "
        "flowsheet columns (lots P100501117/P100488032, start/stop 09:45-10:04 and 09:40-10:00); 'about 4,000 mg' is "
        "a calculation/plan; speech errors 'exasperation', 'doxy cycling'; prednisone/doxycycline/mirtazapine doses; "
        "'rule out malignancy'. Units 486 = ceil(4,860/10) -> met."
    ),
}

ARITH = {
    "dos": "2026-03-17",
    "product": "Zemaira",
    "weight_kg": 66.7,
    "weight_source": "Epic flowsheet 03/17/26 0914",
    "dose_mg": 4860,
    "target_mg": 4002.0,
    "pct_from_target": 21.44,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 486,
    "admin_units_billed": 486,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 4,
    "modifier_expectation": "JZ only; JW + JZ together is a conflict",
    "lots": [{"lot": "P100522308", "exp": "2027-09-30"}, {"lot": "P100519944", "exp": "2027-05-31"}],
    "infusion": ["09:44", "10:03"],
    "serum_method_rid": False,
}
