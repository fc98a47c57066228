# b18-003: medicaid. Styles (4) NextGen ambulatory note with inline vitals, med list with sigs and
# bulleted A/P + (2) CSV export of the infusion-center log (4 visits of this patient).
# Aralast NP 5,300 mg (5 x 1,000 + 1 x 500 mg vials), 200 mg wasted, J0256 x 530 + JW x 20.
# GAP: the 500 mg vial's lot LE2503XK expired 02/28/2026, before the DOS 03/03/2026 (it was still in date on
# the 02/17 row).

D1 = """Valley Pulmonary & Sleep Associates                       NextGen Enterprise EHR
PROGRESS NOTE - PULMONOLOGY / INFUSION SUITE B

Patient: DELACRUZ, RAMON A        DOB: 08/14/1971 (54 y)     Sex: M
Acct #: 88204417                  Encounter: 03/03/2026 09:40
Provider: Thomas Brightwater, MD  Ins: Molina Healthcare (Medicaid MCO)
Referring: Anita Gorski, FNP

Chief Complaint / Reason for Visit
 - Weekly alpha-1 augmentation infusion (Aralast NP); quarterly MD review

History of Present Illness
54 y/o M with alpha-1 antitrypsin deficiency, PI*Z/null (Z + QOclayton
null allele, compound heterozygous on SERPINA1 sequencing 2023), pre-treatment
AAT 6.1 umol/L, and panlobular emphysema, on weekly Aralast NP since 05/2023.
Missed last week (02/24) with a GI bug, now resolved; no diarrhea x 5 days.
Breathing "same as usual": mMRC 2, no ED visits, no steroid bursts since
07/2025. 6MWT 412 m (01/2026) vs 398 m (01/2025). Using inhalers daily.
Former smoker: quit 11/2019, 28 pack-years; no vaping. Works part-time
(warehouse inventory, seated).

Current Medications
 - Aralast NP 1,000 mg and 500 mg vials: 60 mg/kg IV once weekly
   (ordered 5,292 mg at 88.2 kg; pharmacy rounds to 5,300 mg)
 - Trelegy Ellipta 100-62.5-25 mcg/inh: 1 inhalation by mouth once daily
 - Albuterol HFA 90 mcg/act: 2 puffs q4-6h PRN SOB/wheeze
 - Azithromycin 250 mg tab: 1 tab PO three times weekly (M/W/F)
 - Omeprazole 20 mg cap: 1 cap PO daily before breakfast
 - Sertraline 50 mg tab: 1 tab PO daily

Allergies: NKDA

Vitals: BP 134/82, HR 78, RR 18, Temp 98.0 F, SpO2 93% RA, Wt 194.5 lbs,
Ht 5'11", BMI 27.1

Exam: NAD, speaks full sentences. Decreased BS bilat bases, prolonged
expiration, no wheeze. No edema. L AC PIV placed by RN, site clean.

Results reviewed
 - PFT 12/09/2025: FEV1 1.58 L (41% pred), FVC 3.71 L (72%), FEV1/FVC 0.43
 - CT chest 04/2023: panlobular emphysema, lower lobes; 4 mm RUL nodule
   (stable 2024, no further f/u per radiology)
 - LFTs 01/2026 normal; liver elastography 7.1 kPa (2025)

Assessment / Plan
 * Alpha-1 antitrypsin deficiency (E88.01), PI*Z/null
   - Infusion given today in suite B, see infusion log export (CSV) for
     vials, lots and times. Tolerated, no reaction.
   - Responding to augmentation: stable FEV1 (1.61 L 12/2024 -> 1.58 L),
     better walk distance, no exacerbations in 7 months.
   - Medicaid PA # MCD-26-0041187 on file (valid 01/15/2026 - 07/14/2026).
 * Panlobular emphysema (J43.1) / COPD GOLD 3 - continue Trelegy, azithro
 * Tobacco use, in remission - congratulated
 * Daughter (19) PI*MZ, AAT 81 mg/dL - counseled re: smoking avoidance
 * RTC 3 months; PFT 06/2026. Next infusion 03/10/2026.

Electronically signed by Thomas Brightwater, MD on 03/03/2026 at 12:18 PM
"""

D2 = """visit_date,visit_id,mrn,patient_name,chair,product,ordered_dose,calc_dose_mg,dose_given_mg,vials,lot_1,exp_1,lot_2,exp_2,wt_lb,arrive,start_time,stop_time,depart,waste_mg,waste_reason,jw_units,rn,pa_number,comments
2026-02-10,V-33910,88204417,"DELACRUZ, RAMON A",B3,Aralast NP,60 mg/kg,5316,5300,"5 x 1000 mg, 1 x 500 mg",LE2519BD,01/31/2027,LE2488KA,08/31/2026,195.3,09:38,10:05,10:44,11:02,200,"partial 500 mg vial, single-use",20,"J. Okonkwo, RN",MCD-26-0041187,"no premeds, tolerated, VSS"
2026-02-17,V-34477,88204417,"DELACRUZ, RAMON A",B1,Aralast NP,60 mg/kg,5304,5300,"5 x 1000 mg, 1 x 500 mg",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.8,09:44,10:09,10:47,11:05,200,"partial 500 mg vial, single-use",20,"M. Sandoval, RN",MCD-26-0041187,"HA after, resolved w/ APAP 650 mg"
2026-02-24,V-35012,88204417,"DELACRUZ, RAMON A",,Aralast NP,60 mg/kg,,,,,,,,,,,,,,,,,MCD-26-0041187,"HELD - pt called 07:55, vomiting/diarrhea x2 days. Resched 03/03."
2026-03-03,V-35590,88204417,"DELACRUZ, RAMON A",B3,Aralast NP,60 mg/kg,5292,5300,"5 x 1000 mg, 1 x 500 mg",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.5,09:41,10:14,10:53,11:20,200,"partial 500 mg vial, single-use",20,"J. Okonkwo, RN",MCD-26-0041187,"500 mg vial from bin 4 (same box as 2/17), tolerated, VSS"
"""

CHART = {
    "chart_id": "b18-003",
    "date_of_service": "2026-03-03",
    "payer": {"profile": "medicaid", "name": "Molina Healthcare (Medicaid managed care)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 530, "modifiers": []},
        {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-03", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-03", "text": D2},
    ],
}
PROFILE = "medicaid"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "Alpha-1 antitrypsin deficiency (E88.01), PI*Z/null"),
    ({"kind": "genotype", "alleles": ["Z", "NULL"]}, "d1", "PI*Z/null (Z + QOclayton\nnull allele, compound heterozygous"),
    ({"kind": "serum_aat", "value": 6.1, "unit": "uM"}, "d1", "pre-treatment\nAAT 6.1 umol/L"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "Panlobular emphysema (J43.1)"),
    ({"kind": "lung_disease", "value": "copd"}, "d1", "COPD GOLD 3"),
    ({"kind": "fev1", "value": 41}, "d1", "FEV1 1.58 L (41% pred)"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "Former smoker: quit 11/2019, 28 pack-years"),
    ({"kind": "weight", "value": 194.5, "unit": "lb", "value_kg": 88.2}, "d1", "Wt 194.5 lbs"),
    ({"kind": "weight", "value": 195.3, "unit": "lb", "value_kg": 88.6}, "d2", ",195.3,"),
    ({"kind": "weight", "value": 194.8, "unit": "lb", "value_kg": 88.4}, "d2", ",194.8,"),
    ({"kind": "drug_product", "value": "Aralast NP"}, "d1", "Weekly alpha-1 augmentation infusion (Aralast NP)"),
    ({"kind": "dose", "value": 5300}, "d2",
     "2026-03-03,V-35590,88204417,\"DELACRUZ, RAMON A\",B3,Aralast NP,60 mg/kg,5292,5300,"),
    ({"kind": "wastage", "value": 200}, "d2",
     "194.5,09:41,10:14,10:53,11:20,200,\"partial 500 mg vial, single-use\",20"),
    ({"kind": "lot_number", "value": "LE2519BD"}, "d2",
     "\"5 x 1000 mg, 1 x 500 mg\",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.5"),
    ({"kind": "lot_number", "value": "LE2503XK"}, "d2",
     "\"5 x 1000 mg, 1 x 500 mg\",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.5"),
    ({"kind": "expiration_date", "value": "2027-01-31"}, "d2",
     "\"5 x 1000 mg, 1 x 500 mg\",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.5"),
    ({"kind": "expiration_date", "value": "2026-02-28"}, "d2",
     "\"5 x 1000 mg, 1 x 500 mg\",LE2519BD,01/31/2027,LE2503XK,02/28/2026,194.5"),
    ({"kind": "infusion_start", "value": "10:14"}, "d2", "194.5,09:41,10:14,10:53,11:20"),
    ({"kind": "infusion_end", "value": "10:53"}, "d2", "194.5,09:41,10:14,10:53,11:20"),
    ({"kind": "response_to_therapy"}, "d1",
     "Responding to augmentation: stable FEV1 (1.61 L 12/2024 -> 1.58 L),\n     better walk distance, no exacerbations in 7 months."),
    ({"kind": "prior_authorization", "value": "MCD-26-0041187"}, "d1", "Medicaid PA # MCD-26-0041187 on file"),
]

DECOYS = [
    ("d1", "(ordered 5,292 mg at 88.2 kg; pharmacy rounds to 5,300 mg)"),
    ("d2", "LE2519BD,01/31/2027,LE2488KA,08/31/2026,195.3,09:38,10:05,10:44"),
    ("d1", "Daughter (19) PI*MZ, AAT 81 mg/dL"),
    ("d2", "HA after, resolved w/ APAP 650 mg"),
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
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}
EXPECT_GAPS = ["expiration_date"]

NOTES = ("GAP expiration_date conflict: the 500 mg Aralast NP vial given 03/03/2026 is lot LE2503XK exp "
         "02/28/2026 (expired 3 days before the DOS); the same lot on the 02/17 row was still in date. CSV "
         "export with quoted fields containing commas, an empty HELD row (02/24) and per-visit lots, times, "
         "waste and weights. 5,300 mg at 88.2 kg (194.5 lb; target 5,292 mg, +0.2 %), J0256 x 530 + JW x 20 "
         "(200 mg). Traps: calc_dose_mg column (5,316/5,304/5,292), arrive/depart times, 02/10 lot LE2488KA, "
         "daughter PI*MZ 81 mg/dL, APAP 650 mg, 6MWT distances, 4 mm nodule, elastography 7.1 kPa. PA in the "
         "note and in the CSV column; no chart-level PA field.")

ARITH = {
    "dos": "2026-03-03",
    "product": "Aralast NP",
    "weights": [
        {"value_kg": 88.2, "date": "2026-03-03"},
        {"value_kg": 88.6, "date": "2026-02-10"},
        {"value_kg": 88.4, "date": "2026-02-17"},
    ],
    "weight_kg": 88.2,
    "dose_mg": 5300,
    "target_mg": 5292.0,
    "pct_diff": 0.2,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 530, "bu_mg": 10.0, "expected_units": 530},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed_units": 20, "bu_mg": 10.0, "expected_units": 20},
    ],
    "waste_mg": 200,
    "jw_units_expected": 20,
    "lots": [
        {"lot": "LE2519BD", "exp": "2027-01-31", "exp_compare": "2027-01-31", "expired": False},
        {"lot": "LE2503XK", "exp": "2026-02-28", "exp_compare": "2026-02-28", "expired": True},
    ],
}
