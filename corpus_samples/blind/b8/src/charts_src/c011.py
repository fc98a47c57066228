from common import doc, emit, req_ids

CID = "b8-011"
DOS = "2026-02-17"

d1 = doc("d1", "infusion_record", DOS, """
BAYSIDE HEALTH - AMBULATORY INFUSION UNIT
A1PI INFUSION NOTE [template AIU-A1PI v3]                       Visit date: 02/17/2026
Patient: GRADY, Thomas E.    MRN BH-0600418    DOB 10/02/1955    Payer: Medicare Part B
Nurse: Yolanda Pierce, RN     Ordering: Nadia Haddad, MD

Arrival: 0840h    Check-in weight: 80.1 kg    Ht 175 cm
Pre-infusion assessment 0850h: lungs diminished bilat bases, occasional exp wheeze; SpO2 94% RA;
  T 36.8  HR 78  BP 136/80  RR 18. Denies fever/cough change. No infusion reactions last week.
IV access: 20g PIV R forearm 0902h, + blood return.

PRODUCT / DOSE
  Product: Aralast NP (alpha1-proteinase inhibitor, human), lyophilized
  Order: 60 mg/kg x 80.1 kg = 4,806 mg -> round to 4,800 mg
  Vials used: 1 g x 5 (reconstituted 0845h-0900h, 50 mL diluent each = 5,000 mg / 250 mL)
  Lot #: see carton
  Expiration: ***
  Dose administered: 4,800 mg (240 mL)
  Amount wasted: 200 mg (10 mL) - single-use vial remainder, witnessed by D. Kim, RN
  Infusion start time: 0915h
  Infusion stop time: 0955h
  Rate: 6 mL/min via pump, 5-micron filter
Mid-infusion 0935h: HR 76  BP 132/78  SpO2 95%. No complaints.
Post-infusion 1005h: HR 74  BP 130/76  SpO2 95%. Line flushed 20 mL NS 0956h; PIV removed 1008h.
Response: tolerated without reaction. Discharged 1015h ambulatory.

------------------------------------------------------------------------------------------
PRIOR INFUSION DETAIL (copied forward from 02/10/2026 infusion note, for reference)
  Product: Aralast NP   Lot #: LE28C041   Expiration: 2026-08-31
  Dose administered: 4,800 mg   Start 0920h   Stop 1001h   Wasted 200 mg
------------------------------------------------------------------------------------------

Next appointment: 02/24/2026 0830h.
Electronically signed: Y. Pierce, RN 02/17/2026 1032h
""")

d2 = doc("d2", "progress_note", "2026-01-20", """
BAYSIDE HEALTH PULMONARY CLINIC - Follow-up
Date: 01/20/2026      Provider: Nadia Haddad, MD      Patient: Thomas E. Grady, 70 M

SUBJECTIVE: Here for 6-month review of alpha-1 antitrypsin deficiency with emphysema, on weekly Aralast NP
since 2020. Says he is "holding his own": one exacerbation 11/2025 (viral, outpatient prednisone), otherwise
none in the past year; 2 in each of the 3 years before treatment. Still golfs (cart) twice a week.
Former smoker, quit 2006 (35 pack-years). Retired electrician. No new medications.

OBJECTIVE: Wt 80.6 kg, BP 138/82, HR 80, SpO2 94% RA. Decreased breath sounds, prolonged expiration,
no crackles, no edema, no clubbing.
PFTs 01/13/2026: FEV1 1.34 L (46% predicted), FVC 3.12 L, FEV1/FVC 0.43; DLCO 41%.
Previous FEV1 01/2025: 1.37 L (47%).

ASSESSMENT:
1. Alpha-1 antitrypsin deficiency, PiZZ (E88.01) with panlobular emphysema (J43.1) and COPD - stable on
   augmentation: FEV1 decline 30 mL/yr (previously ~90 mL/yr), exacerbation rate reduced.
2. Hyperlipidemia - on atorvastatin 40 mg.
3. BPH - tamsulosin 0.4 mg qhs.

PLAN: Continue Aralast NP 60 mg/kg IV weekly at the Bayside AIU. Continue budesonide/formoterol 160/4.5
2 puffs BID and albuterol PRN. Annual CT not required. Return 6 months with PFTs.

N. Haddad, MD
""")

d3 = doc("d3", "lab_report", "2019-08-06", """
BAYSIDE HEALTH LABORATORY - Result view (source: HL7 ORU, order A1PHENO + A1AT)
Patient: GRADY, THOMAS E   MRN BH-0600418   Collected 08/06/2019 09:40   Final 08/09/2019 15:02

Seg | Set | Type | Observation                         | Value          | Units  | Ref range  | Flag | Status
----+-----+------+-------------------------------------+----------------+--------+------------+------+-------
OBX | 1   | NM   | 1825-9 Alpha-1 antitrypsin (mass)   | 31             | mg/dL  | 90-200     | L    | F
OBX | 2   | NM   | A1AT molar concentration (calc)     | 5.8            | umol/L | 16.5-36.7  | L    | F
OBX | 3   | CE   | 32769-2 A1AT phenotype (IEF)        | ZZ             |        | MM         | A    | F
OBX | 4   | NM   | 1988-5 C-reactive protein           | 1.2            | mg/L   | 0.0-5.0    | N    | F
OBX | 5   | NM   | 1742-6 ALT                          | 30             | U/L    | 7-56       | N    | F
OBX | 6   | NM   | 1920-8 AST                          | 27             | U/L    | 10-40      | N    | F
OBX | 7   | NM   | 2458-8 IgA                          | 301            | mg/dL  | 70-400     | N    | F
OBX | 8   | NM   | 718-7 Hemoglobin                    | 15.8           | g/dL   | 13.5-17.5  | N    | F
OBX | 9   | NM   | 26464-8 WBC                         | 8.2            | K/uL   | 4.0-10.8   | N    | F
NTE | 1   |      | Molar value calculated from mass concentration (MW 52 kDa). PiZZ: severe deficiency.

Ordering: HADDAD^NADIA^MD     Performing: Bayside Health Core Laboratory
Specimen: serum, SST, received 08/06/2019 10:15; hemolysis index normal.
Result communicated to ordering office via In Basket 08/09/2019 15:05.
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 480, "modifiers": []},
        {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs.update({
    "prior_authorization": "not_applicable",
    "lot_number": "missing",
    "expiration_date": "missing",
})

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 5.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 46},
        {"kind": "fev1", "value": 47},
        {"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1},
        {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6},
        {"kind": "dose", "value": 4800},
        {"kind": "wastage", "value": 200},
        {"kind": "infusion_start", "value": "09:15"},
        {"kind": "infusion_end", "value": "09:55"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "GAP chart (2 gaps): today's 'Lot #: see carton' and 'Expiration: ***' document nothing; the only lot/expiration "
        "(LE28C041, 2026-08-31) are in the block copied forward from the 02/10/2026 infusion -> lot_number and "
        "expiration_date missing (those values are not findings for this encounter). Everything else met: weight 80.1 kg "
        "(DOS); 60 x 80.1 = 4806; |4800-4806| = 0.1 %; ceil(4800/10) = 480 billed; waste 200 mg -> JW floor(200/10) = 20 "
        "billed; times 0915h/0955h. The copied block's 4,800 mg / 0920h / 1001h / 200 mg are not findings for this visit. Traps: order calc 4,806 mg; "
        "5,000 mg / 250 mL reconstituted; arrival 0840h, assessment 0850h, reconstitution 0845-0900h, PIV 0902h, vitals "
        "0935h/1005h, flush 0956h, PIV out 1008h, discharge 1015h, signature 1032h, next appt 0830h; two serum values are "
        "the same 2019 specimen in two units (both findings, both below threshold); reference MM; atorvastatin 40 mg, "
        "tamsulosin 0.4 mg."
    ),
}

emit(chart, gold)
