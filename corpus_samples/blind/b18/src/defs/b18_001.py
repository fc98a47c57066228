# b18-001: medicare. Styles (7) observation-stay discharge summary with the weekly Zemaira dose given
# on the observation unit + (6) infusion-scheduling / telephone message thread.
# Zemaira 4,740 mg from a 4 g vial (labeled 3,962 mg) + 1 g vial (labeled 1,018 mg); 240 mg wasted.
# Claim J0256 x 474 + J0256-JW x 24. Complete.

D1 = """OBSERVATION DISCHARGE SUMMARY
St. Brendan Regional Medical Center -- 4 West Clinical Decision Unit

Patient: HALVORSEN, ARNE T            MRN: 00-4471-982     DOB: 05/17/1954 (71 y)
Status: OUTPATIENT - OBSERVATION      Attending: Rebecca L. Okafor, MD (Hospitalist)
Obs order: 02/09/2026 1622            Discharged: 02/11/2026 1105
PCP: Daniel Pruitt, MD                Pulmonary: Samir Haddad, MD (Alpha-1 Clinic)

REASON FOR OBSERVATION
Acute exacerbation of COPD with hypoxemia (SpO2 86% on room air in ED), rule out
pneumonia.

DISCHARGE DIAGNOSES
 1. Acute exacerbation of COPD (J44.1), viral (rhinovirus/enterovirus) - improved
 2. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) - on weekly augmentation
 3. Panlobular emphysema (J43.1)
 4. Possible chronic hypoxemic respiratory failure - ambulatory SpO2 89-91% RA at
    discharge; home O2 qualification deferred to pulmonology
 5. Essential hypertension
 6. Steroid-induced hyperglycemia (peak fingerstick 248 mg/dL)

HOSPITAL COURSE
Mr. Halvorsen is a 71 y/o former smoker (quit 2004, ~35 pack-years) with
alpha-1 antitrypsin deficiency diagnosed in 2019 (PI*ZZ; serum AAT 24 mg/dL at
diagnosis) and panlobular emphysema on CT, on weekly Zemaira at our outpatient
infusion center (Tuesdays) since 01/2020. He presented 02/09 with 3 days of
increased dyspnea, purulent sputum and wheeze after his granddaughter had a URI.
ED: T 100.2 F, HR 104, RR 24, BP 148/86, SpO2 86% RA -> 93% on 3 L NC. Weight 175
lb (79.4 kg), stated. CXR: hyperinflation, no consolidation. Procalcitonin 0.08.
Resp viral panel positive for rhinovirus/enterovirus.

He was placed in observation and treated with methylprednisolone 40 mg IV q12h
x 2 doses, then prednisone 40 mg PO daily, ipratropium-albuterol nebs q4h ->
q6h, and doxycycline 100 mg PO BID (started in ED before the viral panel
resulted; stopped 02/10). O2 weaned from 3 L to room air by the evening of
02/10. Fingersticks up to 248 mg/dL on steroids, covered with sliding scale
insulin lispro (total 6 units); no home diabetes meds needed.

Alpha-1 augmentation: his weekly dose was due Tuesday 02/10. After discussion
with Dr. Haddad (telephone 02/09, see message thread) it was given on the
observation unit rather than postponed. Standing weight on the unit 02/10 AM
was 78.9 kg. Pharmacy recalculated 60 mg/kg = 4,734 mg and compounded the dose
from one 4 g vial (labeled potency 3,962 mg) and one 1 g vial (labeled potency
1,018 mg), 4,980 mg available in total.

  ZEMAIRA ADMINISTRATION 02/10/2026 (from eMAR)
  Dose given ........ Zemaira 4,740 mg IV (94.8 mL) via 22g PIV R forearm
  Lot / exp ......... P100632115 exp 08/2027 (4 g vial)
                      P100598804 exp 11/2026 (1 g vial)
  Infusion start .... 1412
  Infusion stop ..... 1431
  Discarded ......... 240 mg (remainder of 1 g vial), witnessed K. Dunleavy RN
  Reaction .......... none; VS 1400 and 1445 stable, SpO2 95% RA

Response to augmentation (per Dr. Haddad's 11/2025 clinic note and today's
discussion): he has tolerated weekly Zemaira for 6 years without infusion
reactions; FEV1 1.09 L (38% pred) 11/2025 vs 1.12 L (38% pred) 11/2022, i.e.
no meaningful decline on therapy, and about 1 exacerbation per year (this is
the first in 14 months). Sister is also PI*ZZ and on Prolastin-C; son is PI*MZ
(AAT 92 mg/dL) and not treated. Last on-therapy trough AAT 71 mg/dL (10/2025).

Discharge exam: T 98.4 F, HR 88, RR 18, BP 136/80, SpO2 91% RA at rest, 89% with
ambulation x 150 ft. Scattered end-expiratory wheeze, improved air movement.

DISCHARGE MEDICATIONS
 - Prednisone 40 mg PO daily x 3 more days (last dose 02/14/2026), then stop
 - Ipratropium-albuterol 0.5-2.5 mg/3 mL neb q6h PRN wheeze
 - Tiotropium-olodaterol 2.5-2.5 mcg 2 puffs daily (home, continue)
 - Budesonide-formoterol 160-4.5 mcg 2 puffs BID (home, continue)
 - Lisinopril 20 mg PO daily (home, continue)
 - Zemaira 60 mg/kg IV weekly - next due 02/17/2026 at outpatient infusion
   center (if weight stays ~79 kg, about 4,740 mg)
 - STOP doxycycline

FOLLOW-UP
 - Outpatient infusion center 02/17/2026 1300 (chair 6) - weekly Zemaira
 - Dr. Haddad, Alpha-1 Clinic, 02/24/2026 - ambulatory oximetry, home O2 eval
 - PCP 1 week - BP, glucose off steroids

Electronically signed: Rebecca L. Okafor, MD  02/11/2026 1347
"""

D2 = """MESSAGE THREAD -- ALPHA-1 CLINIC / OUTPATIENT INFUSION SCHEDULING
Patient: HALVORSEN, ARNE T   MRN 00-4471-982   Pool: PULM INFUSION SCHED

02/09/2026 17:48  Tanya Reyes (Infusion Center Scheduler)
  Pt admitted to 4W obs this afternoon (COPD flare). He is booked tomorrow
  02/10 at 1300, chair 6, Zemaira. Cancel or move? For reference last week's
  visit 02/03: Zemaira 4,800 mg, wt 80.1 kg, ran 1305-1324, lot P100598777,
  no waste.

02/09/2026 18:15  Samir Haddad, MD (Pulmonary)
  Telephone encounter: spoke with pt and with Dr. Okafor. OK to give this
  week's dose on the obs unit tomorrow if afebrile -- no reason to skip a
  week. Please re-weigh him; ED weight was stated, 175 lb. Pharmacy to dose
  60 mg/kg actual body weight. Time spent 12 min.

02/09/2026 18:40  Mark Ilunga, PharmD (Inpatient Pharmacy)
  Will give 4,800 mg tomorrow afternoon per last week's dosing unless the
  new weight changes it. Will pull from the outpatient infusion center
  stock (vials are patient-specific there); 4 g + 1 g vial.

02/10/2026 07:12  Kelly Dunleavy, RN (4 West)
  AM standing weight 78.9 kg. Tmax 99.1 overnight, afebrile now. Pharmacy
  and Dr. Okafor notified.

02/10/2026 09:30  Mark Ilunga, PharmD
  Recalculated on 78.9 kg: 4,734 mg. Compounding 4,740 mg from 1 x 4 g vial
  (3,962 mg) + 1 x 1 g vial (1,018 mg). Remainder of the 1 g vial will be
  wasted in the unit and documented on the eMAR. Verified 09:52.

02/10/2026 14:50  Kelly Dunleavy, RN (4 West)
  Zemaira infused and done, no reaction; details on the MAR. PIV left in.

02/10/2026 15:05  Tanya Reyes (Infusion Center Scheduler)
  Cancelled 02/10 1300 chair 6 (given inpatient/obs). Next 02/17/2026 1300.

02/11/2026 12:20  Arne Halvorsen (patient portal)
  I'm home. Do I still come in next Tuesday? Also my scale here says 172 lb,
  the hospital one said more.

02/11/2026 13:02  Tanya Reyes (Infusion Center Scheduler)
  Yes, Tuesday 02/17 at 1:00 pm. The nurses will weigh you on our scale.
"""

CHART = {
    "chart_id": "b18-001",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "medicare", "name": "Medicare Part B (hospital outpatient, observation)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 474, "modifiers": []},
        {"hcpcs": "J0256", "units": 24, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "G0378", "units": 43, "modifiers": []},
        {"hcpcs": "J2920", "units": 2, "modifiers": ["JZ"]},
        {"hcpcs": "J7620", "units": 6, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-11", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-11", "text": D2},
    ],
}
PROFILE = "medicare"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ({"kind": "serum_aat", "value": 24, "unit": "mg/dL"}, "d1", "serum AAT 24 mg/dL at"),
    ({"kind": "serum_aat", "value": 71, "unit": "mg/dL"}, "d1", "Last on-therapy trough AAT 71 mg/dL (10/2025)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "Panlobular emphysema (J43.1)"),
    ({"kind": "lung_disease", "value": "copd"}, "d1", "Acute exacerbation of COPD (J44.1)"),
    ({"kind": "fev1", "value": 38}, "d1", "FEV1 1.09 L (38% pred) 11/2025"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "former smoker (quit 2004, ~35 pack-years)"),
    ({"kind": "weight", "value": 79.4, "unit": "kg", "value_kg": 79.4}, "d1", "Weight 175\nlb (79.4 kg), stated"),
    ({"kind": "weight", "value": 78.9, "unit": "kg", "value_kg": 78.9}, "d1", "Standing weight on the unit 02/10 AM\nwas 78.9 kg"),
    ({"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1}, "d2", "wt 80.1 kg"),
    ({"kind": "weight", "value": 172, "unit": "lb", "value_kg": 78.0}, "d2", "my scale here says 172 lb"),
    ({"kind": "drug_product", "value": "Zemaira"}, "d1", "Dose given ........ Zemaira 4,740 mg IV"),
    ({"kind": "dose", "value": 4740}, "d1", "Dose given ........ Zemaira 4,740 mg IV (94.8 mL)"),
    ({"kind": "wastage", "value": 240}, "d1", "Discarded ......... 240 mg (remainder of 1 g vial)"),
    ({"kind": "lot_number", "value": "P100632115"}, "d1", "P100632115 exp 08/2027 (4 g vial)"),
    ({"kind": "lot_number", "value": "P100598804"}, "d1", "P100598804 exp 11/2026 (1 g vial)"),
    ({"kind": "expiration_date", "value": "2027-08"}, "d1", "P100632115 exp 08/2027"),
    ({"kind": "expiration_date", "value": "2026-11"}, "d1", "P100598804 exp 11/2026"),
    ({"kind": "infusion_start", "value": "14:12"}, "d1", "Infusion start .... 1412"),
    ({"kind": "infusion_end", "value": "14:31"}, "d1", "Infusion stop ..... 1431"),
    ({"kind": "response_to_therapy"}, "d1",
     "no meaningful decline on therapy, and about 1 exacerbation per year"),
]

DECOYS = [
    ("d2", "Zemaira 4,800 mg, wt 80.1 kg, ran 1305-1324, lot P100598777"),
    ("d2", "Will give 4,800 mg tomorrow afternoon"),
    ("d2", "Recalculated on 78.9 kg: 4,734 mg"),
    ("d1", "60 mg/kg = 4,734 mg"),
    ("d1", "son is PI*MZ\n(AAT 92 mg/dL)"),
    ("d1", "about 4,740 mg)"),
    ("d2", "Verified 09:52"),
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}
EXPECT_GAPS = []

NOTES = ("Complete. Observation-stay discharge summary with an eMAR block: Zemaira 4,740 mg at 78.9 kg "
         "(target 4,734 mg, +0.1 %), J0256 x 474 + JW x 24 (240 mg discarded). Traps: last week's visit "
         "in the scheduling thread (4,800 mg, 80.1 kg, 1305-1324, lot P100598777); pharmacist's plan "
         "'will give 4,800 mg'; calculated 4,734 mg; vial potencies 3,962/1,018 mg and 4,980 mg available; "
         "ED stated weight 175 lb (79.4 kg) and the patient's home-scale 172 lb the day after the DOS; "
         "verification 09:52, vitals 1400/1445; methylprednisolone/prednisone/doxycycline/insulin doses; "
         "son PI*MZ 92 mg/dL, sister PI*ZZ on Prolastin-C; on-therapy trough 71 mg/dL; plan 'about 4,740 mg' "
         "for next week.")

ARITH = {
    "dos": "2026-02-10",
    "product": "Zemaira",
    "weights": [
        {"value_kg": 79.4, "date": "2026-02-09"},
        {"value_kg": 78.9, "date": "2026-02-10"},
        {"value_kg": 80.1, "date": "2026-02-03"},
        {"value_kg": 78.0, "date": "2026-02-11"},
    ],
    "weight_kg": 78.9,
    "dose_mg": 4740,
    "target_mg": 4734.0,
    "pct_diff": 0.1,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 474, "bu_mg": 10.0, "expected_units": 474},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed_units": 24, "bu_mg": 10.0, "expected_units": 24},
    ],
    "waste_mg": 240,
    "jw_units_expected": 24,
    "lots": [
        {"lot": "P100632115", "exp": "2027-08", "exp_compare": "2027-08-31", "expired": False},
        {"lot": "P100598804", "exp": "2026-11", "exp_compare": "2026-11-30", "expired": False},
    ],
}
