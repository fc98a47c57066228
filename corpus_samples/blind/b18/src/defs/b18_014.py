# b18-014: medicaid. Styles (7) observation-stay discharge summary with the weekly Glassia dose given on
# the unit + (5) Medicaid MCO utilization-review concurrent-review worksheet (observation criteria with
# checkboxes, A1PI carve-out section).
# Glassia 3,700 mg from 4 x 1 g vials at 61.7 kg (target 3,702 mg), 300 mg wasted; J0257 x 370 + JW x 30.
# IEF phenotype ZZ with the DNA genotype pending (the phenotype counts). Complete.

D1 = """DISCHARGE SUMMARY (OBSERVATION)
Riverbend General Hospital - Medical Observation Unit (MOU), Rm 318
Patient: PHAM, LINH T          MRN: RB-0071452       DOB: 04/09/1973 (52 y)   F
Placed in observation: 02/25/2026 21:15        Discharged: 02/27/2026 12:40
Attending: Gregory Antonelli, MD     Pulmonology consult: Dana Whitlock, MD
Coverage: Sunrise Health Plan (Medicaid MCO)   A1PI auth # MCD-A1-55873-26

Diagnoses
 - Influenza A with acute exacerbation of COPD (J10.1, J44.1)
 - Alpha-1 antitrypsin deficiency (E88.01): IEF phenotype ZZ (2022);
   SERPINA1 genotyping sent 01/2026, still pending at discharge
 - Emphysema, panlobular (J43.1)
 - Anxiety disorder

Hospital course
52 y/o woman, former smoker (quit 2019, 15 pack-years), with AATD (AAT
0.25 g/L at diagnosis, 2022) and emphysema (FEV1 39% predicted 12/2025) on
weekly Glassia (Thursdays, outpatient infusion suite), presented 02/25 with
fever 102.1 F, myalgias and dyspnea; rapid flu A positive. SpO2 86% RA,
RR 28 -> observation. Oseltamivir 75 mg PO BID (day 1 = 02/25),
methylprednisolone 40 mg IV q8h x 3 then prednisone 40 mg daily, DuoNebs
q4h. O2 2 L NC weaned off 02/26 evening. Afebrile from 02/26 06:00.

Weekly Glassia: due Thursday 02/26. Dr. Whitlock recommended giving it on the
unit rather than delaying (active flu is not a contraindication; no fever at
the time of infusion). Weight 02/26 06:10 (bed scale): 61.7 kg.
  Glassia (alpha1-PI) given 02/26/2026: 3,700 mg IV (185 mL) via 5-micron
  in-line filter, 4 x 1 g/50 mL vials:
    lot KGL25C061 (x3)  exp 06/30/2026
    lot KGL25D114 (x1)  exp 09/30/2026
  Started 10:35, ended 11:50 (rate kept at 0.04 mL/kg/min during acute
  illness). Wasted: 300 mg (15 mL) of the 4th vial, single-use, witnessed
  by T. Greer RN and documented on the MAR. No infusion reaction.

Response to augmentation (per Dr. Whitlock's consult): since starting
Glassia in 2022 she has had about one exacerbation a year versus 3-4 per
year before; FEV1 has been stable at 39-41% predicted. This flu-triggered
exacerbation is the first since 03/2025.

Discharge condition: stable, SpO2 93% RA at rest, 90% ambulating.
Discharge meds: oseltamivir 75 mg BID to complete 5 days (last dose
03/01/2026 AM); prednisone 40 mg daily x 3 days; home
budesonide-glycopyrrolate-formoterol 2 puffs BID; albuterol PRN;
sertraline 50 mg daily.
Follow-up: outpatient infusion suite Thu 03/05/2026 (Glassia ~3,700 mg
if weight unchanged); Dr. Whitlock 2 weeks; PCP 1 week.
Household: husband started oseltamivir prophylaxis 75 mg daily.

Electronically signed: Gregory Antonelli, MD 02/27/2026 14:05
"""

D2 = """SUNRISE HEALTH PLAN (MEDICAID) - UTILIZATION MANAGEMENT
CONCURRENT REVIEW WORKSHEET - OBSERVATION / OUTPATIENT DRUG CARVE-OUT
Member: PHAM, LINH T    Medicaid ID: 91-440-2287    DOB 04/09/1973
Facility: Riverbend General Hospital   Notification rec'd 02/26/2026 08:12
Notification/reference #: OBS-0225-88412   Reviewer: Kendra Oyelowo, RN
Review date: 02/26/2026 13:40 (day 2)   Criteria: plan obs guideline OG-4

OBSERVATION CRITERIA (documented value)                          Met?
  SpO2 <= 88% on RA or new O2 requirement  -> 86% RA, 2 L NC      ☑ Y  ☐ N
  RR > 24 or increased work of breathing    -> RR 28 on arrival   ☑ Y  ☐ N
  IV/IM steroid or neb q4h or more          -> methylpred q8h     ☑ Y  ☐ N
  Confirmed viral/bacterial trigger         -> flu A rapid +      ☑ Y  ☐ N
  Meets INPATIENT criteria (e.g. pH < 7.30, BiPAP, ICU)           ☐ Y  ☑ N
  -> Observation status appropriate; expected d/c within 48 h.

OUTPATIENT DRUG CARVE-OUT (separate from observation per diem)
  Drug: Glassia (alpha1-PI) - HCPCS J0257, 10 mg/unit
  Auth on file: MCD-A1-55873-26, approved 09/01/2025-08/31/2026,
    up to 400 units/week + JW for single-use vial remainder   ☑ verified
  Planned per pharmacy 02/26 AM: 3,702 mg (60 mg/kg x 61.7 kg) -> will
    infuse 3,700 mg, 4 vials, remainder wasted
  Policy reminder to facility: bill administered units (round up) and
    the discarded remainder on a separate JW line (round down).
  Smoking status per H&P: former (quit 2019)                ☑ Y  ☐ N

Next review 02/27/2026 or at discharge. Reviewer: K. Oyelowo RN 13:58
"""

CHART = {
    "chart_id": "b18-014",
    "date_of_service": "2026-02-26",
    "payer": {"profile": "medicaid", "name": "Sunrise Health Plan (Medicaid managed care)"},
    "prior_authorization": "MCD-A1-55873-26",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 370, "modifiers": []},
        {"hcpcs": "J0257", "units": 30, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 1, "modifiers": []},
        {"hcpcs": "G0378", "units": 39, "modifiers": []},
        {"hcpcs": "J2920", "units": 3, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-27", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-26", "text": D2},
    ],
}
PROFILE = "medicaid"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "Alpha-1 antitrypsin deficiency (E88.01)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "IEF phenotype ZZ (2022)"),
    ({"kind": "serum_aat", "value": 0.25, "unit": "g/L"}, "d1", "AAT\n0.25 g/L at diagnosis"),
    ({"kind": "lung_disease", "value": "copd"}, "d1", "acute exacerbation of COPD (J10.1, J44.1)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "Emphysema, panlobular (J43.1)"),
    ({"kind": "fev1", "value": 39}, "d1", "FEV1 39% predicted 12/2025"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "former smoker (quit 2019, 15 pack-years)"),
    ({"kind": "weight", "value": 61.7, "unit": "kg", "value_kg": 61.7}, "d1", "Weight 02/26 06:10 (bed scale): 61.7 kg"),
    ({"kind": "drug_product", "value": "Glassia"}, "d1", "Glassia (alpha1-PI) given 02/26/2026: 3,700 mg IV (185 mL)"),
    ({"kind": "dose", "value": 3700}, "d1", "Glassia (alpha1-PI) given 02/26/2026: 3,700 mg IV (185 mL)"),
    ({"kind": "wastage", "value": 300}, "d1", "Wasted: 300 mg (15 mL) of the 4th vial"),
    ({"kind": "lot_number", "value": "KGL25C061"}, "d1", "lot KGL25C061 (x3)  exp 06/30/2026"),
    ({"kind": "lot_number", "value": "KGL25D114"}, "d1", "lot KGL25D114 (x1)  exp 09/30/2026"),
    ({"kind": "expiration_date", "value": "2026-06-30"}, "d1", "lot KGL25C061 (x3)  exp 06/30/2026"),
    ({"kind": "expiration_date", "value": "2026-09-30"}, "d1", "lot KGL25D114 (x1)  exp 09/30/2026"),
    ({"kind": "infusion_start", "value": "10:35"}, "d1", "Started 10:35, ended 11:50"),
    ({"kind": "infusion_end", "value": "11:50"}, "d1", "Started 10:35, ended 11:50"),
    ({"kind": "response_to_therapy"}, "d1",
     "since starting\nGlassia in 2022 she has had about one exacerbation a year versus 3-4 per\nyear before"),
    ({"kind": "prior_authorization", "value": "MCD-A1-55873-26"}, "d1", "A1PI auth # MCD-A1-55873-26"),
]

DECOYS = [
    ("d2", "Notification/reference #: OBS-0225-88412"),
    ("d2", "3,702 mg (60 mg/kg x 61.7 kg)"),
    ("d1", "Glassia ~3,700 mg\nif weight unchanged"),
    ("d1", "SERPINA1 genotyping sent 01/2026, still pending at discharge"),
    ("d1", "Weight 02/26 06:10"),
    ("d2", "up to 400 units/week"),
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

NOTES = ("Complete. Observation stay (influenza A / AECOPD) with the Thursday Glassia dose given on the unit: "
         "3,700 mg at 61.7 kg (target 3,702 mg, -0.1 %), 300 mg of the 4th vial wasted; J0257 x 370 + JW x 30 "
         "(medicaid JW = floor(300/10)). IEF phenotype ZZ counts while SERPINA1 genotyping is pending. Traps: "
         "payer's planned 3,702 mg calculation, 'up to 400 units/week', observation notification/reference # "
         "OBS-0225-88412 (not the drug auth), weight time 06:10, 'afebrile from 06:00', oseltamivir/"
         "methylprednisolone/prednisone doses, husband's prophylaxis, next visit '~3,700 mg if weight "
         "unchanged', review times 13:40/13:58.")

ARITH = {
    "dos": "2026-02-26",
    "product": "Glassia",
    "weights": [
        {"value_kg": 61.7, "date": "2026-02-26"},
    ],
    "weight_kg": 61.7,
    "dose_mg": 3700,
    "target_mg": 3702.0,
    "pct_diff": -0.1,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0257", "modifiers": [], "billed_units": 370, "bu_mg": 10.0, "expected_units": 370},
        {"hcpcs": "J0257", "modifiers": ["JW"], "billed_units": 30, "bu_mg": 10.0, "expected_units": 30},
    ],
    "waste_mg": 300,
    "jw_units_expected": 30,
    "lots": [
        {"lot": "KGL25C061", "exp": "2026-06-30", "exp_compare": "2026-06-30", "expired": False},
        {"lot": "KGL25D114", "exp": "2026-09-30", "exp_compare": "2026-09-30", "expired": False},
    ],
}
