# b17-001: medicare, complete. Epic MAR export covering three weekly visits (plus PRN/other rows)
# and an Epic pulmonology progress note with a four-year spirometry comparison table.

D1 = """Lakeshore Pulmonary Associates - 3 West
PROGRESS NOTES

Kari L Amundsen, MD (Physician)    Pulmonary Disease    01/20/2026 11:48 AM
Encounter Date: 01/20/2026         Visit type: RETURN PATIENT 30

HALVORSEN, DAG E    MRN: 00418827    DOB: 04/09/1954 (71 y.o. M)
PCP: Roper, Nathan J, DO

Chief Complaint
Patient presents with
  - Follow-up: AATD / emphysema, annual spirometry
  - Infusion: weekly augmentation in 3W suite after visit

HPI
Dag Halvorsen is a 71 y.o. male with severe alpha-1 antitrypsin deficiency, PI*ZZ, diagnosed 03/2014 during
family testing after his brother's diagnosis, and panlobular emphysema. He has been on weekly augmentation since
05/2014 (Prolastin-C 2014-2019, changed to Zemaira 08/2019 for the shorter infusion time). Here for his
annual visit with spirometry before today's infusion.

He says his breathing is "about the same as last winter." Walks 20-25 minutes most days with the dog and has to
stop once on the hill by the school. One exacerbation 03/2025 managed as an outpatient (prednisone 40 mg x 5 days,
doxycycline 100 mg BID x 7 days), none since. No ED visits or admissions in 2025. No infusion reactions; some
fatigue the evening after infusion, unchanged. No hemoptysis, no ankle swelling. mMRC 2. CAT 14 (15 in 01/2025).

Weight is down from 80.1 kg on 07/15/2025; he cut out evening snacks on purpose. Appetite good.

Former smoker, quit 2009, 30 pack-years. No vaping. Wife has never smoked.

Pulmonary Function - spirometry in clinic today, pre-bronchodilator (ATS/ERS grade A, 3 acceptable efforts)
                         01/20/2026   01/14/2025   01/09/2024   01/11/2023
  FEV1 (L)                  1.33         1.35         1.38         1.42
  FEV1 % pred                 42           42           43           44
  FVC (L)                   3.21         3.26         3.30         3.34
  FVC % pred                  76           76           77           77
  FEV1/FVC (%)                41           41           42           43
  DLCO % pred (Hb corr)       47           48           --           51
Interpretation: severe airflow obstruction, not significantly changed from 01/2025. FEV1 decline about
30 mL/year over 3 years, compared with roughly 60 mL/year in the 5 years before 2019. DLCO moderately reduced,
stable.

Imaging
CT chest without contrast 09/12/2024: panlobular emphysema, lower-lobe predominant. No nodules. Mild
bronchial wall thickening. Lung density (PD15) slightly lower than 2021 study.

Labs (reviewed in Results Review)
  Alpha-1 antitrypsin, serum - Mayo, collected 03/18/2014, before therapy   24 mg/dL   (ref 100-190)  L
  Alpha-1 antitrypsin phenotype (IEF) - 03/18/2014                           ZZ
  Alpha-1 antitrypsin, trough on Zemaira - 11/04/2025                        68 mg/dL  (ref 100-190)  L
  IgA, serum - 2014                                                           212 mg/dL
  CBC 11/04/2025: WBC 6.8, Hgb 14.6, Plt 212
  Hepatic function 11/04/2025: AST 24, ALT 19, Alk phos 81, T bili 0.6

Family History
Brother Per - PI*ZZ, emphysema, on Prolastin-C in Duluth. Daughter Ingrid - PI*MZ, AAT 88 mg/dL in 2015;
counseled, not a candidate for augmentation. Father died at 58 of "emphysema" (never tested).

Current Outpatient Medications
  - albuterol HFA 90 mcg/actuation inhaler, 2 puffs every 4 hours as needed
  - tiotropium-olodaterol (STIOLTO RESPIMAT) 2.5-2.5 mcg/actuation, 2 puffs daily
  - alpha-1-proteinase inhibitor, human (ZEMAIRA) IV every 7 days, 60 mg/kg (infusion suite)
  - atorvastatin (LIPITOR) 20 mg tablet, daily
  - cholecalciferol 2,000 units daily

Vitals:
  01/20/26 1038: BP 128/76 | Pulse 74 | Temp 36.7 C (98.1 F) | Resp 16 | SpO2 94% | Wt 78.4 kg (172 lb 13.5 oz) | BMI 24.12 kg/m2

Physical Exam
General: thin, no distress, speaks full sentences.
Lungs: diminished breath sounds at both bases, prolonged expiration, no wheeze, no crackles.
CV: RRR, no murmur. Ext: no edema, no clubbing.

Assessment / Plan
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)
2. Panlobular emphysema (J43.1), severe airflow obstruction
   Responding to augmentation: FEV1 essentially stable over the past year (1.35 -> 1.33 L), a single mild
   exacerbation in 2025 without admission, and he tolerates weekly Zemaira without reactions. Continue Zemaira
   60 mg/kg IV every 7 days, dispensed as whole vials by labeled potency. Dosing weight today 78.4 kg, which
   calculates to 4,704 mg; pharmacy rounds to the vial combination.
   - If FEV1 falls below 35% predicted or he has 2 or more admissions in a year, would refer for transplant
     evaluation.
   - Continue Stiolto, albuterol PRN. Pulmonary rehab maintenance class Tuesdays.
   - Recheck trough AAT and hepatic panel 11/2026.
3. Health maintenance: influenza vaccine 10/2025 at pharmacy; RSV vaccine 2024; PCV20 2023.

Return in 6 months with spirometry; weekly infusions continue in the 3W suite.

Electronically signed by Kari L Amundsen, MD on 01/20/2026 at 12:09 PM
"""

D2 = """Lakeshore Health System                                  MAR - ADMINISTRATION HISTORY REPORT
Dept: LPA INFUSION 3W                                    Report run: 01/20/2026 14:12 by KUNDERT, MARIT
HALVORSEN, DAG E     MRN: 00418827     DOB: 04/09/1954     Sex: M     CSN: 220971443
Allergies: Sulfa (Sulfonamide Antibiotics) - Rash
Date range: 01/06/2026 00:00 - 01/20/2026 23:59

=====================================================================================================
[Scheduled] alpha-1-proteinase inhibitor, human (ZEMAIRA) 60 mg/kg in sterile water IVPB
            Dose: 60 mg/kg x dosing weight, rounded to whole vials by actual potency
            Frequency: Every 7 days     Route: Intravenous     Rate: 0.08 mL/kg/min (max)
            Order #551820917     Ordered by AMUNDSEN, KARI L on 07/22/2025     Status: Active
-----------------------------------------------------------------------------------------------------
 Date/Time      Action            Dose / Rate             Details                              User
 01/06/26 1049  New Bag           4,790 mg ; 6.4 mL/min   R antecubital 22G                     OKAFOR, TEMITOPE, RN
                                                          Lot/Exp: P100499302 (09/30/2027) 4 g;
                                                                   P100498811 (03/31/2027) 1 g
 01/06/26 1107  Stopped           --                      Complete, line flushed                OKAFOR, TEMITOPE, RN
 01/13/26 1033  New Bag           4,790 mg ; 6.4 mL/min   L antecubital 22G                     OKAFOR, TEMITOPE, RN
                                                          Lot/Exp: P100499302 (09/30/2027) 4 g;
                                                                   P100498811 (03/31/2027) 1 g
 01/13/26 1051  Stopped           --                      Complete                              OKAFOR, TEMITOPE, RN
 01/20/26 0958  Verified          4,824 mg                4,000 mg vial (actual 3,812 mg)       LINDQVIST, ERIK, RPH
                                                          + 1,000 mg vial (actual 1,012 mg)
 01/20/26 1031  Prepared          --                      Reconstituted with Mix2Vial           BRANDT, HOLLY, RN
 01/20/26 1042  New Bag           4,824 mg ; 6.3 mL/min   L forearm 22G (placed 1021)           BRANDT, HOLLY, RN
                                                          Lot/Exp: P100517263 (08/31/2027) 4 g;
                                                                   P100498811 (03/31/2027) 1 g
                                                          Dosing wt 78.4 kg (01/20/26 1038)
 01/20/26 1101  Stopped           --                      Entire contents of both vials         BRANDT, HOLLY, RN
                                                          infused. Waste: 0 mg.

[PRN] acetaminophen (TYLENOL) tablet 650 mg     Oral     Every 6 hours PRN mild pain / fever
 01/13/26 1025  Given             650 mg                  Headache 3/10                         OKAFOR, TEMITOPE, RN
 01/20/26 --    (no administrations)

[PRN] diphenhydrAMINE (BENADRYL) injection 25 mg   IV   Once PRN infusion reaction
                (no administrations in date range)

[PRN] EPINEPHrine (EPIPEN) 0.3 mg/0.3 mL auto-injector   IM   Once PRN anaphylaxis
                (no administrations in date range)

[Scheduled] sodium chloride 0.9 % flush 10 mL   IV   Before and after infusion
 01/06/26 1047  Given             10 mL                                                         OKAFOR, TEMITOPE, RN
 01/06/26 1108  Given             10 mL                                                         OKAFOR, TEMITOPE, RN
 01/13/26 1031  Given             10 mL                                                         OKAFOR, TEMITOPE, RN
 01/13/26 1052  Given             10 mL                                                         OKAFOR, TEMITOPE, RN
 01/20/26 1040  Given             10 mL                                                         BRANDT, HOLLY, RN
 01/20/26 1102  Given             10 mL                                                         BRANDT, HOLLY, RN

[Once] COVID-19 vaccine, mRNA (2025-2026 formula) 0.3 mL   IM
 01/13/26 1100  Given             0.3 mL                  R deltoid. Lot GF7731, Exp 04/30/2026  OKAFOR, TEMITOPE, RN

-----------------------------------------------------------------------------------------------------
INFUSION FLOWSHEET (01/20/26)
  Time   BP       HR   RR   SpO2   Temp     Comment
  1038   128/76   74   16   94%    36.7 C   Pre-infusion; diminished bases, baseline per RN
  1050   124/74   76   16   94%    --       Tolerating, no flushing
  1101   126/78   72   16   95%    36.6 C   Infusion complete
  1131   122/74   70   16   95%    --       Observation complete
  1134   Discharged ambulatory with wife. Next infusion 01/27/26 1030.
=====================================================================================================
"""

CHART = {
    "chart_id": "b17-001",
    "date_of_service": "2026-01-20",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 483, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-20", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-20", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b17-001",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 68, "unit": "mg/dL"},
        {"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4},
        {"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1},
        {"kind": "dose", "value": 4824},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100517263"},
        {"kind": "lot_number", "value": "P100498811"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "infusion_start", "value": "10:42"},
        {"kind": "infusion_end", "value": "11:01"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 42},
        {"kind": "fev1", "value": 43},
        {"kind": "fev1", "value": 44},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. DOS row of a three-visit Epic MAR: New Bag 10:42 / Stopped 11:01, 4,824 mg (3,812 + 1,012 mg actual "
        "potency), lots P100517263 and P100498811. Traps: 01/06 and 01/13 rows (4,790 mg, lot P100499302, 10:49/11:07, "
        "10:33/10:51); pharmacist verify 09:58, reconstitution 10:31, IV placed 10:21, vitals 10:38-11:31, discharge 11:34; "
        "calculated 4,704 mg in the plan; COVID vaccine lot GF7731 exp 04/30/2026; acetaminophen 650 mg; brother PI*ZZ on "
        "Prolastin-C and daughter PI*MZ 88 mg/dL (family); hypothetical FEV1 < 35 % transplant referral; trough 68 mg/dL "
        "is the patient's own (historical) level. Prolastin-C is a historical product of the patient (2014-2019)."
    ),
}

ARITH = {
    "dos": "2026-01-20",
    "product": "Zemaira",
    "weight_kg": 78.4,
    "weight_source": "Epic vitals 01/20/26 10:38, also MAR dosing weight",
    "dose_mg": 4824,
    "dose_source": "3,812 mg (4 g vial actual) + 1,012 mg (1 g vial actual), entire contents",
    "target_mg": 4704.0,
    "pct_from_target": 2.55,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 483,
    "admin_units_billed": 483,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "JZ on the administered line (no waste)",
    "lots": [
        {"lot": "P100517263", "exp": "2027-08-31"},
        {"lot": "P100498811", "exp": "2027-03-31"},
    ],
    "infusion": ["10:42", "11:01"],
    "serum_method_rid": False,
}
