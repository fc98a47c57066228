# b18-009: medicaid. Styles (3) caregiver-kept home infusion diary reviewed on a telehealth nursing visit
# + (6) patient-portal / specialty-pharmacy message thread.
# Prolastin-C Liquid 4,500 mg (80 mL 4,000 mg vial + 10 mL 500 mg vial) at 165 lb = 74.8 kg (target 4,488 mg),
# nothing left over; claim J2252 x 4500 JZ (1 mg per unit per the guide's code table). The wife corrects the
# 4 g vial's expiration (06/2026 -> 06/2027) by portal message. Complete.

D1 = """HOME INFUSION LOG - PROLASTIN-C LIQUID    (kept by wife, Kendra Holloway - photo uploaded 03/23/2026)
Patient: Dwayne R. Holloway   DOB 12/01/1966   Dose per Dr. Ferraro: 4,500 mg every Thursday
Pharmacy: PrimeCare Specialty (ships every 3 weeks)   Nurse line 1-866-xxx-4410

DATE   | BOTTLE(S) - LOT / EXP                      | HOW MUCH        | START   | DONE    | WT      | NOTES
-------+--------------------------------------------+-----------------+---------+---------+---------+---------------------------
3/5    | 4000: 26PL5A0041 exp 04/2027               | 90 mL (4500 mg) | 6:40pm  | 7:01pm  | 166 lb  | fine
       | 500: 25PL5K0310 exp 11/2026                |                 |         |         |         |
3/12   | 4000: 26PL5A0041 exp 04/2027               | 90 mL           | 7:15pm  | 7:40pm  | 164 lb  | IV blew in L hand, 2nd
       | 500: 25PL5K0310 exp 11/2026                |                 |         |         |         | stick R arm, ok after
3/19   | 4000: 26PL5C0088 exp 06/2026               | 90 mL = 4500 mg | 6:50 pm | 7:08 pm | 165 lb  | no problems. nothing
       | 500: 25PL5K0310 exp 11/2026                |                 |         |         |         | left over in bottles
3/26   |                                            |                 |         |         |         |
"""

D2 = """TELEHEALTH NURSING VISIT (VIDEO) - HOME ALPHA-1 AUGMENTATION REVIEW
Northern Plains Pulmonary Associates | RN Care Management
Visit: 03/23/2026 14:00-14:31   RN: Andrea Lindqvist, RN, BSN
Patient: HOLLOWAY, DWAYNE R   DOB 12/01/1966   MRN NP-448120
Participants: patient and wife Kendra (caregiver, performs infusions)
Coverage: Lakeview Community Care (Medicaid). PA #26-PA-0098812 active
through 08/31/2026 (renewal approved 03/16/2026).

Background: 59 y/o M, never smoker (grain-elevator dust exposure 1986-2004),
alpha-1 antitrypsin deficiency PI*ZZ diagnosed 2020 (AAT 3.2 µmol/L), severe
emphysema (CT 2020 panlobular, basal), FEV1 36% predicted (02/2026). Weekly
Prolastin-C Liquid at home since 06/2024, caregiver-administered after
training by the specialty pharmacy RN.

Diary review (wife held pages to camera; photo uploaded):
 - 3/5: 4,500 mg, 6:40-7:01 pm, no issues.
 - 3/12: PIV infiltrated L hand, restarted R forearm; 7:15-7:40 pm.
 - 3/19: 4,500 mg (90 mL: 80 mL bottle lot 26PL5C0088 + 10 mL bottle lot
   25PL5K0310), started 6:50 pm, done 7:08 pm, nothing left in the bottles.
   Expiration for the big bottle corrected by portal message 03/20 (see
   thread). Home weight 165 lb that evening.
 - 3/26 row blank (upcoming).

Response: he reports fewer flares since starting augmentation - 1 flare in
the past 12 months vs 4 the year before - more energy, walking the dog
again; no infusion reactions. Wife confident with PIV placement; reviewed
infiltration signs and rotating sites.

Plan: continue 4,500 mg weekly (Dr. Ferraro re-doses if weight changes by
more than 5 kg); bring diary photos monthly; next video visit 04/20/2026.
Hep B vaccine series #2 due 04/2026 at PCP (not given today).

Andrea Lindqvist, RN, BSN - signed 03/23/2026 15:02
"""

D3 = """MyNPPA Patient Portal - Conversation: "Prolastin shipment / dose"
Patient: HOLLOWAY, DWAYNE R  (proxy: Kendra Holloway)

03/16/2026 10:14 AM - PrimeCare Specialty Pharmacy (Marisol, intake):
  Your next shipment ships 03/17: 3 x Prolastin-C Liquid 4,000 mg/80 mL and
  3 x 500 mg/10 mL, plus supplies. Medicaid renewal approved, auth
  26-PA-0098812 through 08/31/2026.

03/17/2026 6:02 PM - Kendra Holloway (proxy):
  Box came. Is his dose still 4,500? He was 163.5 lb this morning.

03/18/2026 8:47 AM - Andrea Lindqvist, RN:
  Yes - give 4,500 mg on Thursday (one 80 mL bottle + one 10 mL bottle).
  Dr. Ferraro's dose fits 72-78 kg. Keep writing the lot and exp from each
  bottle in the log.

03/20/2026 7:31 AM - Kendra Holloway (proxy):
  I wrote the wrong expiration for the big bottle last night (3/19). The
  box and bottle say 06/2027, not 06/2026. Lot 26PL5C0088 is right.

03/20/2026 9:05 AM - Andrea Lindqvist, RN:
  Thank you - corrected in his record: 3/19 lot 26PL5C0088 exp 06/2027.
  Telehealth visit Monday 03/23 at 2:00 PM, link to follow.

03/23/2026 1:40 PM - Automated: video visit link sent.
"""

CHART = {
    "chart_id": "b18-009",
    "date_of_service": "2026-03-19",
    "payer": {"profile": "medicaid", "name": "Lakeview Community Care (Medicaid managed care)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-03-19", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-03-23", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-03-23", "text": D3},
    ],
}
PROFILE = "medicaid"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d2", "alpha-1 antitrypsin deficiency PI*ZZ diagnosed 2020"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d2", "alpha-1 antitrypsin deficiency PI*ZZ"),
    ({"kind": "serum_aat", "value": 3.2, "unit": "uM"}, "d2", "AAT 3.2 µmol/L"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d2", "severe\nemphysema (CT 2020 panlobular, basal)"),
    ({"kind": "fev1", "value": 36}, "d2", "FEV1 36% predicted (02/2026)"),
    ({"kind": "smoking_status", "value": "never"}, "d2", "never smoker"),
    ({"kind": "weight", "value": 165, "unit": "lb", "value_kg": 74.8}, "d1", "| 165 lb  |"),
    ({"kind": "weight", "value": 166, "unit": "lb", "value_kg": 75.3}, "d1", "| 166 lb  |"),
    ({"kind": "weight", "value": 164, "unit": "lb", "value_kg": 74.4}, "d1", "| 7:40pm  | 164 lb  |"),
    ({"kind": "weight", "value": 163.5, "unit": "lb", "value_kg": 74.2}, "d3", "He was 163.5 lb this morning"),
    ({"kind": "drug_product", "value": "Prolastin-C Liquid"}, "d1", "HOME INFUSION LOG - PROLASTIN-C LIQUID"),
    ({"kind": "dose", "value": 4500}, "d1", "| 90 mL = 4500 mg | 6:50 pm | 7:08 pm"),
    ({"kind": "wastage", "value": 0}, "d1", "nothing\n       | 500: 25PL5K0310 exp 11/2026                |                 |         |         |         | left over in bottles"),
    ({"kind": "lot_number", "value": "26PL5C0088"}, "d1", "4000: 26PL5C0088 exp 06/2026"),
    ({"kind": "lot_number", "value": "25PL5K0310"}, "d2", "10 mL bottle lot\n   25PL5K0310"),
    ({"kind": "expiration_date", "value": "2027-06"}, "d3", "corrected in his record: 3/19 lot 26PL5C0088 exp 06/2027"),
    ({"kind": "expiration_date", "value": "2026-11"}, "d1", "| 500: 25PL5K0310 exp 11/2026                |                 |         |         |         | left over in bottles"),
    ({"kind": "infusion_start", "value": "18:50"}, "d1", "| 6:50 pm | 7:08 pm |"),
    ({"kind": "infusion_end", "value": "19:08"}, "d1", "| 6:50 pm | 7:08 pm |"),
    ({"kind": "response_to_therapy"}, "d2", "he reports fewer flares since starting augmentation - 1 flare in\nthe past 12 months vs 4 the year before"),
    ({"kind": "prior_authorization", "value": "26-PA-0098812"}, "d2", "PA #26-PA-0098812 active"),
]

DECOYS = [
    ("d1", "4000: 26PL5C0088 exp 06/2026"),
    ("d1", "3/5    | 4000: 26PL5A0041 exp 04/2027               | 90 mL (4500 mg) | 6:40pm  | 7:01pm"),
    
    ("d3", "Yes - give 4,500 mg on Thursday"),
    ("d3", "Dr. Ferraro's dose fits 72-78 kg."),
    ("d2", "Visit: 03/23/2026 14:00-14:31"),
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
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}
EXPECT_GAPS = []

NOTES = ("Complete. Caregiver's home infusion log (two lines per row: 4 g and 500 mg bottles), telehealth RN "
         "review and portal thread. 4,500 mg at 165 lb = 74.8 kg (target 4,488 mg, +0.3 %), nothing left "
         "over, J2252 x 4500 JZ (1 mg units per the guide). The log's 06/2026 expiration for lot 26PL5C0088 "
         "is corrected by the caregiver/RN to 06/2027 (only the correction is gold). Traps: 3/5 and 3/12 rows "
         "(lot 26PL5A0041, their own times, 166 lb and 164 lb), RN's plan 'give 4,500 mg on "
         "Thursday', dose band 72-78 kg, 163.5 lb on 03/17, shipment quantities, telehealth visit times, "
         "hep B vaccine not given.")

ARITH = {
    "dos": "2026-03-19",
    "product": "Prolastin-C Liquid",
    "weights": [
        {"value_kg": 74.8, "date": "2026-03-19"},
        {"value_kg": 75.3, "date": "2026-03-05"},
        {"value_kg": 74.2, "date": "2026-03-17"},
        {"value_kg": 74.4, "date": "2026-03-12"},
    ],
    "weight_kg": 74.8,
    "dose_mg": 4500,
    "target_mg": 4488.0,
    "pct_diff": 0.3,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J2252", "modifiers": ["JZ"], "billed_units": 4500, "bu_mg": 1.0, "expected_units": 4500},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "26PL5C0088", "exp": "2027-06", "exp_compare": "2027-06-30", "expired": False},
        {"lot": "25PL5K0310", "exp": "2026-11", "exp_compare": "2026-11-30", "expired": False},
    ],
}
