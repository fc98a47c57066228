# b18-004: commercial. Styles (3) patient self-infusion diary reviewed by a nurse over a telehealth visit
# + (5) payer utilization-review nurse worksheet with a criteria checklist.
# Prolastin-C Liquid 4,000 mg (one 80 mL vial) self-infused at home on Thu 02/05/2026; home scale 152 lb.
# GAP: the patient wrote the start (7:35 pm) but no finish time for 02/05; the RN note only has
# "about 20 minutes" (a duration) -> infusion_times missing.

D1 = """PATIENT SELF-INFUSION DIARY (scanned to chart 02/09/2026, transcribed by K. Albrecht RN)
Patient: Theresa M. WOJCIK    DOB 03/22/1960    Product: PROLASTIN-C LIQUID 4,000 mg / 80 mL vial
Prescriber: Dr. N. Castellano    Specialty pharmacy: Bluecrest Specialty Rx (delivers q 4 wks)
Instructions on page 1 (from training 11/2025): write date, lot # and exp from the vial label,
how much you gave, start and finish time, and anything you felt. Call 1-800-xxx-0199 for reactions.

 Date     | Lot # (vial label)  | Exp.    | Amount given              | Start   | Finish  | How I felt / notes
----------+---------------------+---------+---------------------------+---------+---------+------------------------------------
 1/15/26  | 25PL4A0192          | 10/2026 | 80 mL (4000 mg)           | 7:30pm  | 7:52pm  | fine. arm felt cold at the IV
 1/22/26  |  --                 |  --     | SKIPPED                   |         |         | bad cold, temp 101.2, called nurse
          |                     |         |                           |         |         | line - told to skip this week
 1/29/26  | 25PL4A0192          | 10/2026 | 80 mL = 4000 mg           | 7:45 PM | 8:06 PM | fine, whole bottle used
 2/5/26   | 25PL4B0417 (new box)| 04/2027 | 1 bottle 80 mL (4000 mg)  | 7:35 pm |         | ok. itchy L hand after, took
          |                     |         | used whole bottle         |         |         | Zyrtec 10 mg, gone by 9 pm

 My weights (bathroom scale, morning):  1/15  153 lb    1/29  152.6 lb    2/5  152 lb
 Next box due from pharmacy: 2/19 (4 vials). Left in fridge: 1 vial after 2/12.
"""

D2 = """TELEHEALTH NURSING VISIT - ALPHA-1 HOME SELF-INFUSION REVIEW
Mid-Atlantic Lung Associates | Visit type: synchronous video (patient at home)
Date: 02/09/2026 10:15-10:42        RN: Karin Albrecht, RN, CRNI
Patient: WOJCIK, THERESA M   DOB 03/22/1960   MRN 5520913
Consent for telehealth verbally obtained; patient identity verified (name/DOB);
patient alone in her kitchen, daughter available by phone.

S: 65 y/o F with alpha-1 antitrypsin deficiency (PI*ZZ, AAT 42 mg/dL at
diagnosis 09/2019) and emphysema, self-infusing Prolastin-C Liquid weekly
(Thursdays) since completing home training 11/2025. Never smoker (second-hand
exposure as a child). Today reviews her diary by holding pages to the camera;
photo uploaded to chart.
 - Breathing stable, no exacerbations since 09/2025, walking 2 miles most
   days. Tolerating self-infusion well; confident with PIV placement
   (husband helps with tourniquet).
 - 1/22 dose skipped for febrile URI (temp 101.2) after calling the nurse
   line - appropriate.
 - 2/5 entry: lot 25PL4B0417, exp 04/2027, 80 mL (4,000 mg), whole bottle used,
   started 7:35 pm. The finish time box is blank; she did not look at the
   clock when it ended and says it took "about 20 minutes, same as always".
   Mild itching of the L hand afterwards, cetirizine 10 mg, resolved in ~1 h;
   no hives, no SOB, no throat tightness.
 - Home scale weight 152 lb on 2/5; 150 lb this morning. Clinic weight
   12/16/2025 was 69.8 kg.

O: Alert, speaking full sentences on video, no accessory muscle use. Reports
SpO2 95% on her finger oximeter. PIV site photos from 2/5 (L hand): no
bruising or redness.

A: Competent, adherent self-infusion; responding to augmentation per her
report and Dr. Castellano's 12/2025 note (FEV1 49% pred, stable vs 48% in
2024).
Documentation gap: no stop time for 02/05 infusion.

P: 1. Re-taught diary completion - must write the finish time from the
      pump/clock. Gave her a timer sticker sheet.
   2. Mild pruritus: may pre-medicate with cetirizine 10 mg 30 min before
      the next infusion (2/12); call if hives/SOB; EpiPen 0.3 mg on hand
      (lot checked on video, exp 08/2026).
   3. Next telehealth check 03/09/2026. Specialty pharmacy to ship 2/19.
   4. Auth on file (UM-2602-33871), renewed 02/03/2026.

Karin Albrecht, RN, CRNI - electronically signed 02/09/2026 11:06
"""

D3 = """KEYSTONE PREMIER HEALTH PLAN - UTILIZATION MANAGEMENT
CLINICAL REVIEW WORKSHEET: MEDICAL BENEFIT DRUG - CONTINUATION OF THERAPY
Case #: CR-0203-55102   Review type: Reauthorization (prospective)
Member: WOJCIK, THERESA M   ID: KPH77104429-01   DOB 03/22/1960
Requesting provider: N. Castellano, MD (pulmonology)   Site: home (self-admin)
Drug: Prolastin-C Liquid (alpha1-PI), J0256 - requested 400 units/week x 52
      weeks + S9346 per diem. Policy: MP-RX-0418 Alpha-1 Proteinase Inhibitors
Reviewer: D. Pham, RN, CCM   Received 01/28/2026   Completed 02/03/2026

Policy criterion (MP-RX-0418 sect. 2.1)            Chart value                   Met?
---------------------------------------------------------------------------------------------
Age >= 18                                          65 y                          [X] Met  [ ] Not met
Pre-tx serum AAT < 11 umol/L (< 57 mg/dL neph.)    42 mg/dL (09/2019)            [X] Met  [ ] Not met
PiZZ, PiZ(null), Pi(null,null) or other            PI*ZZ (genotype 10/2019)      [X] Met  [ ] Not met
  deficient phenotype; NOT PiMZ / PiMS
Emphysema / airflow obstruction on CT or PFT       emphysema, CT 09/2019         [X] Met  [ ] Not met
FEV1 25-80% predicted (post-BD)                    49% (12/2025)                 [X] Met  [ ] Not met
Non-smoker or ex-smoker >= 6 mo                    never smoker                  [X] Met  [ ] Not met
No IgA deficiency with anti-IgA antibodies         IgA 212 mg/dL (2019)          [X] Met  [ ] Not met
Dose per label 60 mg/kg weekly                     4,000 mg/wk at 69.8 kg        [X] Met  [ ] Not met
                                                   (= 57.3 mg/kg)
Continuation: documented clinical benefit          no exacerbation since 9/25;   [X] Met  [ ] Not met
                                                   FEV1 stable 48% -> 49%
Site of care: home / self-admin w/ RN training     trained 11/2025               [X] Met  [ ] Not met
Preferred product (Prolastin-C / -C Liquid)        Y / N:  Y
Wastage (JW) reimbursed?                           N - plan does not pay JW; bill administered units

Determination: APPROVED   Auth #: UM-2602-33871   Effective 02/03/2026 - 02/02/2027
Approved: J0256 up to 420 units/week (4,200 mg), S9346 x 1 per infusion day.
MD review required? Y / N: N        Letter sent to member and provider 02/03/2026.
"""

CHART = {
    "chart_id": "b18-004",
    "date_of_service": "2026-02-05",
    "payer": {"profile": "commercial", "name": "Keystone Premier Health Plan (commercial PPO)"},
    "prior_authorization": "UM-2602-33871",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": []},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-05", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-09", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-02-03", "text": D3},
    ],
}
PROFILE = "commercial"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d2", "alpha-1 antitrypsin deficiency (PI*ZZ, AAT 42 mg/dL at\ndiagnosis 09/2019)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d2", "alpha-1 antitrypsin deficiency (PI*ZZ"),
    ({"kind": "serum_aat", "value": 42, "unit": "mg/dL"}, "d2", "AAT 42 mg/dL at\ndiagnosis 09/2019"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d2", "diagnosis 09/2019) and emphysema"),
    ({"kind": "fev1", "value": 49}, "d2", "FEV1 49% pred, stable vs 48% in\n2024"),
    ({"kind": "fev1", "value": 48}, "d2", "stable vs 48% in\n2024"),
    ({"kind": "smoking_status", "value": "never"}, "d2", "Never smoker (second-hand\nexposure as a child)"),
    ({"kind": "weight", "value": 152, "unit": "lb", "value_kg": 68.9}, "d1", "2/5  152 lb"),
    ({"kind": "weight", "value": 153, "unit": "lb", "value_kg": 69.4}, "d1", "1/15  153 lb"),
    ({"kind": "weight", "value": 152.6, "unit": "lb", "value_kg": 69.2}, "d1", "1/29  152.6 lb"),
    ({"kind": "weight", "value": 150, "unit": "lb", "value_kg": 68.0}, "d2", "150 lb this morning"),
    ({"kind": "weight", "value": 69.8, "unit": "kg", "value_kg": 69.8}, "d2", "Clinic weight\n   12/16/2025 was 69.8 kg"),
    ({"kind": "drug_product", "value": "Prolastin-C Liquid"}, "d1", "Product: PROLASTIN-C LIQUID 4,000 mg / 80 mL vial"),
    ({"kind": "dose", "value": 4000}, "d1", "1 bottle 80 mL (4000 mg)"),
    ({"kind": "wastage", "value": 0}, "d1", "used whole bottle"),
    ({"kind": "lot_number", "value": "25PL4B0417"}, "d1", "25PL4B0417 (new box)| 04/2027"),
    ({"kind": "expiration_date", "value": "2027-04"}, "d1", "25PL4B0417 (new box)| 04/2027"),
    ({"kind": "infusion_start", "value": "19:35"}, "d1", "| 7:35 pm |"),
    ({"kind": "response_to_therapy"}, "d2",
     "Breathing stable, no exacerbations since 09/2025, walking 2 miles most\n   days. Tolerating self-infusion well"),
]

DECOYS = [
    ("d1", "1/29/26  | 25PL4A0192          | 10/2026 | 80 mL = 4000 mg           | 7:45 PM | 8:06 PM"),
    ("d2", "\"about 20 minutes, same as always\""),
    ("d3", "Approved: J0256 up to 420 units/week (4,200 mg)"),
    ("d3", "Pre-tx serum AAT < 11 umol/L (< 57 mg/dL neph.)"),
    ("d2", "exp 08/2026"),
    ("d2", "10:15-10:42"),
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
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}
EXPECT_GAPS = ["infusion_times"]

NOTES = ("GAP infusion_times missing: 02/05 diary row has a start (7:35 pm) but the Finish box is blank; the "
         "RN note records only 'about 20 minutes' (a duration). 4,000 mg from one 80 mL Prolastin-C Liquid "
         "vial at 152 lb = 68.9 kg (target 4,134 mg, -3.2 %); J0256 x 400 with no modifier and S9346 "
         "(commercial: wastage met by 'used whole bottle'). Traps: 1/15 and 1/29 rows with their own lots, "
         "exp and start/finish times; skipped 1/22; cetirizine 10 mg; EpiPen exp 08/2026; telehealth visit "
         "times; payer worksheet quoting thresholds, approved 420 units (4,200 mg), case # CR-0203-55102 "
         "(not the auth); weights 153 lb (1/15), 150 lb (2/9), 152.6 lb (1/29), 69.8 kg (12/16) vs 152 lb on the DOS. "
         "Values in the payer worksheet that restate chart values (42 mg/dL, PI*ZZ, 49 %, never smoker) are "
         "the same findings; the RN note also carries the earlier FEV1 48 %.")

ARITH = {
    "dos": "2026-02-05",
    "product": "Prolastin-C Liquid",
    "weights": [
        {"value_kg": 68.9, "date": "2026-02-05"},
        {"value_kg": 69.4, "date": "2026-01-15"},
        {"value_kg": 68.0, "date": "2026-02-09"},
        {"value_kg": 69.8, "date": "2025-12-16"},
        {"value_kg": 69.2, "date": "2026-01-29"},
    ],
    "weight_kg": 68.9,
    "dose_mg": 4000,
    "target_mg": 4134.0,
    "pct_diff": -3.2,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 400, "bu_mg": 10.0, "expected_units": 400},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "25PL4B0417", "exp": "2027-04", "exp_compare": "2027-04-30", "expired": False},
    ],
}
