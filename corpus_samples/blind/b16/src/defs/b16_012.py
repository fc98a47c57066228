from _lib import F, W, reqs, gold

D1 = """NORTHFIELD REGIONAL - INFUSION THERAPY FLOWSHEET (Alpha-1 PI, weekly)
Patient: KOWALCZYK-OBI, BERNARD T     MRN 55902117     DOB 10/30/1949     Male
Flowsheet rows shown: 07/01/2026 - 07/22/2026 (4 columns of data filed; most recent last)

Row key: one line per infusion date. Units are in the column headings.

Date      | Wt kg | Ht cm | Pre T C | Pre BP mmHg | Pre HR bpm | Pre SpO2 % | Product           | Ordered mg/kg | Given mg | Vol mL | Rate mL/min | Start hh:mm | End hh:mm | Wasted mg | Reaction | RN
07/01/26  | 70.4  | 178   | 36.5    | 136/78      | 68         | 95         | Prolastin-C Liq   | 60            | 4220     | 84.4   | 5.6         | 09:31       | 09:50     | 280       | none     | AH
07/08/26  | 70.1  |       | 36.6    | 132/76      | 70         | 95         | Prolastin-C Liq   | 60            | 4210     | 84.2   | 5.6         | 09:36       | 09:55     | 290       | none     | AH
07/15/26  | 70.0  |       | 36.4    | 138/80      | 66         | 94         | Prolastin-C Liq   | 60            | 4200     | 84.0   | 5.6         | 09:30       | 09:49     | 300       | none     | MR
07/22/26  | 69.8  |       | 36.7    | 134/78      | 72         | 95         | Prolastin-C Liq   | 60            | 4190     | 83.8   | 5.6         | 09:34       | 09:53     | 310       | none     | AH

Lot / expiry by date (vial size in mg):
Date      | 4000 mg lot | 4000 exp (MM/YY) | 500 mg lot | 500 exp (MM/YY)
07/01/26  | 27RN0311    | 08/27            | 27RN0498   | 08/27
07/08/26  | 27RN0311    | 08/27            | 27RN0498   | 08/27
07/15/26  | 27RN0562    | 10/27            | 27RN0498   | 08/27
07/22/26  | 27RN0562    | 10/27            | 27RN0498   | 08/27

Post-infusion:
Date      | Post BP mmHg | Post HR bpm | Post SpO2 % | Site check  | D/C time
07/01/26  | 130/76       | 66          | 96          | no redness  | 10:02
07/08/26  | 128/74       | 68          | 95          | no redness  | 10:06
07/15/26  | 134/78       | 64          | 95          | no redness  | 10:01
07/22/26  | 130/76       | 70          | 96          | no redness  | 10:05

Filed by: AH = Amara Haddad RN; MR = Mirela Rusu RN
Note: 07/22/26 "Given mg" and "Wasted mg" values refiled 07/22/26 11:48 by AH (see addendum to
infusion note). Original filed values 4500 / 0.
"""

D2 = """Northfield Regional Infusion Center
NURSING NOTE - INFUSION VISIT

Patient: Bernard T. Kowalczyk-Obi       MRN: 55902117
Date of service: 7/22/2026               Author: Amara Haddad, RN
Time in: 09:08                           Chair: 5

Assessment: Alert, oriented, ambulatory with cane. Denies fever, chills, new cough, rash, or
recent antibiotics. Lungs diminished at bases. No edema. Reports he "feels about the same."
Weight 69.8 kg on chair scale (09:12). Pain score: ***

Access: 24g PIV L forearm placed 09:20, flushes easily, blood return present.

Medication: Prolastin-C Liquid (alpha1-PI, human) 50 mg/mL
 Vials dispensed: 4,000 mg/80 mL x1 (Lot 27RN0562, exp 10/2027) and 500 mg/10 mL x1
 (Lot 27RN0498, exp 08/2027)
 Dose given: 4,500 mg IV
 Infusion started 09:34 via 15 micron filter at 5.6 mL/min. Infusion ended 09:53.
 No reaction. Post vitals within baseline (see flowsheet).
 Education: {blank}

PIV removed 10:00, intact. Discharged 10:05 ambulatory with son.

Electronically signed by Amara Haddad, RN at 7/22/2026 10:14

----------------------------------------------------------------------------------------------
ADDENDUM  7/22/2026 11:46  Amara Haddad, RN
Correction - dose entered in error. "Dose given: 4,500 mg" above reflects the total of the two
vials dispensed, not the amount administered. Per pharmacy label and pump volume, 83.8 mL was
administered = 4,190 mg (60 mg/kg x 69.8 kg = 4,188 mg, drawn to 83.8 mL). The remaining 6.2 mL
(310 mg) of the 500 mg vial was discarded in the pharmaceutical waste container, witnessed by
Mirela Rusu RN at 09:56. Flowsheet refiled. Charge corrected by pharmacy.
Electronically signed by Amara Haddad, RN at 7/22/2026 11:48
"""

D3 = """Northfield Regional Pulmonary Clinic
PROGRESS NOTE

Patient: Bernard T. Kowalczyk-Obi      Age: 76 y.o.      MRN: 55902117
Date of Service: 7/22/2026             Provider: Yevgenia P. Marchetti, MD
Visit type: Return visit (infusion day)

Chief complaint: AATD follow-up, 6 months

History of Present Illness:
Bernard is a 76 y.o. male with alpha-1 antitrypsin deficiency (PI*ZZ, AAT 31 mg/dL at diagnosis
in 2018), panlobular emphysema and bronchiectasis of the lower lobes, on weekly Prolastin-C
Liquid since 2018 (Prolastin-C lyophilized until 2022). {Interval history:***}

He reports stable breathing. He was treated once in March for a flare (doxycycline 100 mg BID x 7
days, no steroids). He continues to garden and walks 1 mile daily with his cane. No infusion
reactions. Sputum scant, white.

(Copied forward 1/21/2026 - PFT and imaging)
 PFT 1/2026: FEV1 1.12 L (36% pred), FVC 3.05 L (74% pred), FEV1/FVC 0.37, DLCO 42% pred.
 PFT 1/2025: FEV1 1.16 L (37% pred).
 CT chest 11/2024: panlobular emphysema, lower lobe predominant, mild cylindrical
 bronchiectasis RLL/LLL; no nodules.
 Weight 1/21/2026: 71.2 kg.

Tobacco: Former smoker, 35 pack-years; quit 1998.

Meds: Stiolto 2 inh daily; albuterol PRN; Prolastin-C Liquid 60 mg/kg IV weekly; tamsulosin
0.4 mg daily; warfarin (INR goal 2-3, for AF) per anticoagulation clinic.

Exam: BP 134/78, HR 72, SpO2 95% RA, Wt 69.8 kg. Prolonged expiration, scattered rhonchi at the
bases clearing with cough. Irregularly irregular rhythm. No edema.

Assessment and Plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), emphysema (J43.1): stable on augmentation -
   FEV1 decline 40 mL/year, one mild exacerbation in 12 months. Continue Prolastin-C Liquid
   60 mg/kg weekly (dose recalculated weekly on chair weight). ***
2. Bronchiectasis (J47.9): airway clearance with Aerobika BID; sputum culture if purulent.
3. Atrial fibrillation on warfarin - no change.
4. Next PFT 1/2027. RTC 6 months.

{Billing statement:***}

Yevgenia P. Marchetti, MD
7/22/2026 14:22
"""

CHART = {
    "chart_id": "b16-012",
    "date_of_service": "2026-07-22",
    "payer": {"profile": "medicare", "name": "Medicare Part B (NGS J6)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 419, "modifiers": []},
        {"hcpcs": "J0256", "units": 31, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-07-22", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-07-22", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-07-22", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency (PI*ZZ"),
    (F("genotype", alleles=["Z", "Z"]), "(PI*ZZ, AAT 31 mg/dL"),
    (F("serum_aat", value=31, unit="mg/dL"), "AAT 31 mg/dL at diagnosis"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema and bronchiectasis"),
    (F("lung_disease", value="bronchiectasis"), "mild cylindrical\n bronchiectasis"),
    (W(69.8), "Weight 69.8 kg on chair scale (09:12)"),
    (W(70.0), "07/15/26  | 70.0"),
    (W(70.1), "07/08/26  | 70.1"),
    (W(70.4), "07/01/26  | 70.4"),
    (W(71.2), "Weight 1/21/2026: 71.2 kg"),
    (F("fev1", value=36), "FEV1 1.12 L (36% pred)"),
    (F("fev1", value=37), "FEV1 1.16 L (37% pred)"),
    (F("dose", value=4190), "administered = 4,190 mg"),
    (F("wastage", value=310), "(310 mg) of the 500 mg vial was discarded"),
    (F("lot_number", value="27RN0562"), "(Lot 27RN0562, exp 10/2027)"),
    (F("lot_number", value="27RN0498"), "(Lot 27RN0498, exp 08/2027)"),
    (F("expiration_date", value="2027-10"), "exp 10/2027"),
    (F("expiration_date", value="2027-08"), "exp 08/2027"),
    (F("infusion_start", value="09:34"), "Infusion started 09:34"),
    (F("infusion_end", value="09:53"), "Infusion ended 09:53"),
    (F("response_to_therapy"), "stable on augmentation"),
    (F("smoking_status", value="former"), "Former smoker, 35 pack-years; quit 1998"),
    (F("drug_product", value="Prolastin-C Liquid"), "Prolastin-C Liquid (alpha1-PI, human)"),
    (F("drug_product", value="Prolastin-C"), "Prolastin-C lyophilized until 2022"),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
), FINDINGS,
    "Complete after the correction. The nursing note's 'Dose given: 4,500 mg' is superseded by the addendum "
    "(entered in error; actual 4,190 mg, 310 mg discarded), so there is one administered dose; the flowsheet "
    "row was refiled to 4190/310 (the footer's 'Original filed values 4500 / 0' are superseded). J0256 x 419 = "
    "ceil(4190/10); JW x 31 = floor(310/10). Flowsheet rows 07/01-07/15 (4220/4210/4200 mg, lot 27RN0311, "
    "other times) are other visits; their weights are historical findings. Copied-forward PFT block and 'Weight "
    "1/21/2026: 71.2 kg' are historical. SmartText leftovers {Interval history:***}, {Billing statement:***}, "
    "'***', {blank}. Calc '60 mg/kg x 69.8 kg = 4,188 mg' is not the dose. Doxycycline 100 mg, tamsulosin "
    "0.4 mg are other drugs. Prolastin-C lyophilized is a historical product (both J0256).")

ARITH = {
    "dos": "2026-07-22",
    "product_dos": ["Prolastin-C Liquid"],
    "weight_kg": 69.8, "weight_source": "nursing note chair scale 09:12; flowsheet; MD exam",
    "dose_mg": 4190, "dose_source": "nursing addendum 11:46: 83.8 mL = 4,190 mg (4,500 mg entered in error)",
    "vials": [{"product": "Prolastin-C Liquid 4000 mg", "mg": 4000}, {"product": "Prolastin-C Liquid 500 mg", "mg": 500}],
    "code": "J0256", "bu": 10,
    "units_billed": 419, "modifiers_admin": [],
    "waste_mg": 310, "jw_units_billed": 31,
    "lots": [{"lot": "27RN0562", "exp": "2027-10"}, {"lot": "27RN0498", "exp": "2027-08"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
