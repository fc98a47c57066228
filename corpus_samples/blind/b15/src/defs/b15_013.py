from _h import F, W, reqs

D1 = """MERCY LAKESIDE HOSPITAL - OUTPATIENT INFUSION UNIT (HOPD, 2 South)
NURSING DOCUMENTATION                                         Acct 26-0128-HOP-1193
QUINTANILLA, ROSA E    MRN ML-5520148    DOB 09/09/1967    F    58 y
Service date 01/28/2026    Ordering: Farid Nassar, MD (Pulm)   Payer: Meridian (IL Medicaid)
Authorization: 2601-77413 (01/01/2026-06/30/2026)

NURSING ADMISSION - 09:05
  Arrived ambulatory with daughter. Alert, oriented x4.
  Weight: 54.0 kg (119 lb) - bed scale unavailable, standing scale #2.
  NOTE: weight is 12 kg lower than the 66.0 kg on the current order (08/2025). Pt reports
  poor appetite since her 12/2025 admission for C. difficile colitis. Dr. Nassar's office
  messaged 09:14 re dose; callback from covering NP 09:32: "give current order today, MD
  will review dose at visit next week".
  VS 09:10: T 36.4 C, HR 88, BP 104/62, RR 18, SpO2 94 % on RA.
  Allergies: sulfa (hives), latex (rash).
  Lungs: diminished throughout, no wheeze. Cough non-productive.

PROCEDURE: INFUSION
  Procedure: IV infusion, alpha1-proteinase inhibitor (human)
  Diagnosis: alpha-1-antitrypsin deficiency E88.01; panlobular emphysema J43.1
  Order on file: Zemaira 4 g kit IV weekly (60 mg/kg at 66 kg), signed 08/19/2025
  Product: Zemaira 4 g single-use kit, actual potency 3,960 mg per carton
           Lot P100B22817   Exp 04/30/2027   (dispensed by Mercy Specialty Pharmacy)
  Reconstituted 09:40 with 76 mL supplied diluent, transfer device; clear solution
  IV access: PIV 22 G L forearm, inserted 09:36, + blood return
  Infusion started 09:48 via pump, 0.08 mL/kg/min (4.3 mL/min)
  Infusion stopped 10:06 - entire 76 mL infused
  Amount administered: 3,960 mg
  Filter: 5-micron in-line filter
  Tolerance: no reaction; mild fatigue (baseline)
  Post: NS flush 10 mL 10:07; observation 30 min; PIV removed 10:38 intact

  Time    HR   BP       SpO2   Comment
  09:45   86   106/64   94 %   pre
  10:00   88   104/62   94 %
  10:10   86   108/66   95 %   post
  10:35   84   110/68   95 %   obs complete

WASTE DOCUMENTATION
  Drug: Zemaira (alpha1-PI) single-use kit, lot P100B22817
  Amount in kit (actual potency): 3,960 mg
  Amount administered: 3,960 mg
  Amount wasted: 0 mg - no waste, entire vial contents infused
  Nurse: Esperanza Ruiz, RN    01/28/2026 10:12
  Witness/co-sign: Daniel Kim, RN    01/28/2026 10:15

DISCHARGE - 10:44
  Discharged ambulatory with daughter. Dietitian referral requested via Dr. Nassar's office.
  Next infusion 02/04/2026 09:00.

Charge capture: 96365 x1; J2252 x396 units, modifier JZ (alpha-1 proteinase inhibitor).
Esperanza Ruiz, RN   01/28/2026 10:51
"""

D2 = """MERCY SPECIALTY PHARMACY (health-system specialty pharmacy)      FAX  01/22/2026 15:47
To:   Mercy Lakeside Outpatient Infusion Unit, 2 South   fax 312-555-0125
From: Mercy Specialty Pharmacy - Infusion Services       fax 312-555-0129  ph 312-555-0128
Re:   DISPENSE NOTICE - patient-specific, for HOPD administration (hospital-billed)

Patient:       QUINTANILLA, ROSA E        DOB 09/09/1967       MRN ML-5520148
Prescriber:    Farid Nassar, MD
Rx:            Zemaira (alpha1-proteinase inhibitor, human) 4 g kit, IV weekly
               (order 08/19/2025: 60 mg/kg; weight on order 66.0 kg)
Dispensed:     4 kits for DOS 01/28, 02/04, 02/11, 02/18/2026
NDC:           0053-7202-02
Lot / Exp:     P100B22817 / 04/30/2027  (all 4 kits)
Actual potency printed on cartons: 3,960 mg per kit
Delivery:      courier to 2 South med room 01/23/2026 08:00-10:00; store at or below 25 C,
               do not freeze
Temp record:   tote with data logger #ML-4471, range 18.9-21.7 C in transit, no alarm

*** PHARMACIST NOTE ***
The weight on this order is from 08/2025 (66.0 kg). Our records show an inpatient
admission 12/09-12/16/2025 with a discharge weight of 56.2 kg. If the current weight has
changed by more than 10 %, please ask the prescriber to update the order; at 56 kg the
60 mg/kg dose would be about 3,360 mg (a 4 g kit would then exceed the dose by ~18 %).
We will hold further dispensing after 02/18 until the order is reviewed.
Kerry Boyle, PharmD   01/22/2026 15:40

Other active dispenses for this patient (informational):
  - vancomycin 125 mg capsule PO QID x10 days (completed 12/26/2025)
  - Trelegy Ellipta 100-62.5-25 mcg, 1 inh daily - 30-day fill 01/05/2026

CONFIDENTIALITY NOTICE: This facsimile contains protected health information ...
"""

D3 = """MERCY LAKESIDE PULMONARY CLINIC
Established patient visit                                         08/19/2025
Patient: Rosa E. Quintanilla    DOB 09/09/1967    MRN ML-5520148
Provider: Farid Nassar, MD       Payer: Meridian (IL Medicaid)

HPI: 57-year-old woman with alpha-1 antitrypsin deficiency, PI*ZZ, and severe panlobular
emphysema, on augmentation since 2019 (Prolastin-C until 2022, then Zemaira after a
formulary change). She returns for her 6-month check. She continues to have dyspnea on
walking one block, unchanged from last year. No exacerbation since 10/2024. She works
part-time at a bakery. She quit smoking in 2005 (20 pack-years). Appetite good.

Historic labs:
  - AAT 62 mg/dL by radial immunodiffusion (community hospital, 1998, during an
    evaluation for asthma - not pursued further at the time)
  - AAT 29 mg/dL by nephelometry (Quest, 03/2019) - confirmatory, pre-treatment
  - Phenotype PiZZ (Quest IEF, 03/2019)
  - Liver: elastography 8.9 kPa (2024), platelets 172 K, ALT 31

Meds: Zemaira IV weekly at Mercy HOPD; Trelegy Ellipta daily; albuterol PRN;
levothyroxine 50 mcg; calcium/vitamin D.  Allergies: sulfa, latex.

Exam: BP 118/70, HR 78, SpO2 93 % RA, weight 66.0 kg, BMI 25.0.
Lungs: diminished, prolonged expiration. No clubbing. Spleen not palpable.

PFT 08/2025: post-BD FEV1 0.82 L (34 % predicted), FEV1/FVC 0.33; DLCO 38 %.
08/2024: FEV1 0.85 L (35 % predicted).

Assessment / Plan
1. AATD, PiZZ, with panlobular emphysema - stable on augmentation, FEV1 decline
   30 mL/yr, no exacerbations this year, tolerating Zemaira well. Continue Zemaira
   60 mg/kg weekly: at 66.0 kg = 3,960 mg, which is one 4 g kit (pharmacy to dispense the
   4 g kit weekly).
2. Liver - mild fibrosis range; hepatology annually.
3. Transplant: FEV1 34 % - discussed referral criteria; she prefers to wait. Will refer if
   FEV1 < 30 % or hypercapnia.
4. RTC 6 months; medication authorization renewal for 01/2026 to be submitted 12/2025.

Farid Nassar, MD    08/19/2025 17:05
"""

CHART = {
    "chart_id": "b15-013",
    "date_of_service": "2026-01-28",
    "payer": {"profile": "medicaid", "name": "Meridian (Illinois Medicaid HealthChoice)"},
    "prior_authorization": "2601-77413",
    "claim_lines": [
        {"hcpcs": "J2252", "units": 396, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-28", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-01-22", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-08-19", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-013",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="conflict", units_match_dose="conflict", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "alpha-1-antitrypsin deficiency E88.01")),
        F("genotype", ("d3", "Phenotype PiZZ (Quest IEF, 03/2019)"), alleles=["Z", "Z"]),
        F("serum_aat", ("d3", "AAT 62 mg/dL by radial immunodiffusion"), value=62, unit="mg/dL", _rid=True),
        F("serum_aat", ("d3", "AAT 29 mg/dL by nephelometry"), value=29, unit="mg/dL"),
        F("lung_disease", ("d1", "panlobular emphysema J43.1"), value="emphysema"),
        W(("d1", "Weight: 54.0 kg (119 lb)"), 54.0, "kg"),
        W(("d1", "66.0 kg on the current order"), 66.0, "kg"),
        W(("d2", "discharge weight of 56.2 kg"), 56.2, "kg"),
        F("dose", ("d1", "Amount administered: 3,960 mg"), value=3960),
        F("wastage", ("d1", "Amount wasted: 0 mg"), value=0),
        F("lot_number", ("d1", "Lot P100B22817"), value="P100B22817"),
        F("expiration_date", ("d1", "Exp 04/30/2027"), value="2027-04-30"),
        F("infusion_start", ("d1", "Infusion started 09:48"), value="09:48"),
        F("infusion_end", ("d1", "Infusion stopped 10:06"), value="10:06"),
        F("fev1", ("d3", "post-BD FEV1 0.82 L (34 % predicted)"), value=34),
        F("fev1", ("d3", "FEV1 0.85 L (35 % predicted)"), value=35),
        F("response_to_therapy", ("d3", "stable on augmentation, FEV1 decline\n   30 mL/yr")),
        F("smoking_status", ("d3", "She quit smoking in 2005"), value="former"),
        F("drug_product", ("d1", "Product: Zemaira 4 g single-use kit"), value="Zemaira"),
        F("drug_product", ("d3", "Prolastin-C until 2022"), value="Prolastin-C"),
    ],
    "notes": (
        "HOPD nursing documentation (Procedure: Infusion and co-signed Waste documentation) plus a "
        "health-system specialty-pharmacy dispense fax and the August pulmonary note. Gaps: "
        "dose_matches_weight conflict (3,960 mg given at 54.0 kg: target 3,240 mg, +22.2 %; the "
        "order still uses the 08/2025 weight of 66.0 kg); units_match_dose conflict (J2252 has a "
        "1-mg billing unit per the guide, so 3,960 units are expected; 396 were billed as if the "
        "code were per 10 mg). Wastage met (JZ with 'Amount wasted: 0 mg'). Traps: weights 66.0 "
        "(order, 08/2025) and 56.2 kg (12/2025 discharge, quoted by the pharmacist) are the "
        "patient's but not nearest the DOS; pharmacist's hypothetical 3,360 mg; order '60 mg/kg at "
        "66 kg = 3,960 mg'; 4 kits dispensed; vancomycin 125 mg; RID level 62 mg/dL (below the 80 "
        "mg/dL RID threshold) and nephelometric 29 mg/dL; NP callback 09:32, PIV 09:36, "
        "reconstitution 09:40, flush 10:07, PIV out 10:38, discharge 10:44. Historical Prolastin-C "
        "(any A1PI is covered by J2252 under the guide's code table)."
    ),
}

ARITH = {
    "weight_kg": 54.0, "weight_source": "d1 standing scale DOS",
    "product": "Zemaira", "code": "J2252", "billing_unit_mg": 1,
    "dose_mg": 3960, "vial_total_mg": 3960, "waste_mg": 0,
    "billed_admin_units": 396, "billed_jw_units": 0,
    "modifier_expected": "JZ", "modifier_billed": "JZ",
    "lots": [{"lot": "P100B22817", "exp": "2027-04-30"}],
    "start": "09:48", "end": "10:06",
}
