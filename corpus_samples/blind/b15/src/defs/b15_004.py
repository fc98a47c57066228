from _h import F, W, reqs

D1 = """ST. BRENDAN MEDICAL CENTER
HOSPITAL OUTPATIENT INFUSION SERVICES - 4 EAST (Dept 4210, POS 22)
NURSING DOCUMENTATION - OUTPATIENT INFUSION                Encounter HOPD-26-0114-0387
Patient: KAMINSKI, WALTER E     MRN 10288461     DOB 06/09/1953 (72 y)     Sex M
Ordering physician: Sunita Rao, MD (Pulmonology)     Attending of record: same
Date of service: 01/14/2026      Financial class: Medicare Part B (primary), Medigap G

ARRIVAL / ASSESSMENT
Arrived 07:52 by wheelchair from main lobby (transport), accompanied by wife.
Height 172 cm.  Weight 71.5 kg (standing scale, 4 East).  Allergies: penicillin (hives).
VS 08:05: T 36.6 C, HR 82, BP 138/80, RR 18, SpO2 93 % RA.
Resp: mild DOE, no accessory muscle use; breath sounds diminished bilaterally.
Denies fever, chills, increased sputum, recent steroid/antibiotic course.
Infection screen negative. Fall risk: moderate (uses cane) - precautions in place.
Annual infusion consent on file (signed 03/11/2025). Last dose 01/07/2026, no reaction.

PROCEDURE: INFUSION
  Procedure ............. Alpha-1 proteinase inhibitor (human) IV infusion
  Indication ............ Alpha-1 antitrypsin deficiency (E88.01); emphysema (J43.9)
  Order ................. Aralast NP 60 mg/kg IV weekly (Rao) - dosing weight 71.5 kg
                          = 4,290 mg
  Pharmacy .............. Dispensed by inpatient pharmacy 08:12, verified R. Huang, PharmD
  Product / vials ....... Aralast NP 1,000 mg  x 4   Lot LE21Y043   Exp 09/2026
                          Aralast NP   500 mg  x 1   Lot LD18X771   Exp 12/2025
  Reconstitution ........ 08:15-08:25 at bedside with supplied SWFI (1,000 mg/50 mL;
                          500 mg/25 mL) via transfer device; swirled, not shaken;
                          solution clear, colorless
  Access ................ PIV 22 g R forearm placed 08:09, 1 attempt, + blood return
  Filter ................ supplied 5-micron filter needle used for withdrawal
  Dose administered ..... 4,290 mg (214.5 mL)
  Route / rate .......... IV by pump, 5.7 mL/min (0.08 mL/kg/min)
  Infusion start ........ 08:31
  Infusion end .......... 09:10
  Tolerance ............. No reaction. No flushing, urticaria, chest tightness or
                          dyspnea change.
  Post .................. NS 20 mL flush 09:11; observed 30 min; PIV removed 09:42,
                          catheter intact; discharged 09:50 to wife by wheelchair.

VITAL SIGNS DURING INFUSION
  Time    HR    BP        RR   SpO2   Temp
  08:30   80    136/78    18   93 %   36.6
  08:45   78    132/76    18   94 %   --
  09:00   79    130/78    18   93 %   --
  09:10   80    134/80    18   93 %   36.7
  09:40   76    128/76    16   94 %   --

WASTE DOCUMENTATION
  Drug ................... Aralast NP (alpha1-proteinase inhibitor), single-dose vials,
                           no preservative
  Total reconstituted .... 4,500 mg (225 mL)
  Administered ........... 4,290 mg (214.5 mL)
  Wasted ................. 210 mg (10.5 mL) - residual of the 500 mg vial
  Reason ................. weight-based dose less than smallest vial combination; cannot
                           be stored or used for another patient
  Disposal ............... black RCRA pharmaceutical waste container, Infusion Rm 3
  Time wasted ............ 09:12
  Wasted by .............. Colleen Ashby, RN        e-signed 01/14/2026 09:14
  Witness / co-signer .... Marcus Delgado, RN       e-signed 01/14/2026 09:20

EDUCATION
  Reviewed signs of delayed reaction (hives, wheeze, throat tightness) and when to call.
  Wife verbalized understanding. Next appointment 01/21/2026 08:00.

CHARGE CAPTURE (auto from MAR)
  96365  IV infusion, initial, up to 1 h ................... 1
  J0256  Alpha-1-PI NOS, 10 mg ............................. 429
  J0256-JW  discarded ...................................... 21

Colleen Ashby, RN   01/14/2026 09:58
Co-signature (waste only): Marcus Delgado, RN   01/14/2026 09:20
"""

D2 = """PACIFIC NORTHWEST REFERENCE LABORATORIES                  CLIA 50D0998812
FINAL REPORT                                                       Page 1 of 1
=====================================================================================
PATIENT    KAMINSKI, WALTER E        SEX M    DOB 06/09/1953    AGE 63Y
ACCOUNT    C40117  ST BRENDAN PULMONARY CLINIC       ORDERING  RAO, SUNITA MD
ACCESSION  PN17-101-4432      COLLECTED 04/10/2017 14:05      RECEIVED 04/11/2017 10:42
REPORTED   04/13/2017 16:20   SPECIMEN  SERUM (SST), REFRIGERATED
=====================================================================================

 FLAG | UNITS | RESULT   | TEST                                         | REFERENCE  | SITE
------+-------+----------+----------------------------------------------+------------+-----
  L   | mg/dL | 34       | ALPHA-1-ANTITRYPSIN, SERUM                   | 100-190    | PN
      |       |          |   method: immunonephelometry                 |            |
      | mg/L  | 3.2      | C-REACTIVE PROTEIN, SERUM                    | <8.0       | PN
  A   |       | ZZ       | ALPHA-1-ANTITRYPSIN PHENOTYPE                | MM         | RX
      |       |          |   method: isoelectric focusing               |            |
      | mg/dL | 236      | IMMUNOGLOBULIN A, SERUM                      | 70-400     | PN

 FLAG KEY: L = below reference interval; H = above; A = abnormal (non-numeric)

INTERPRETIVE COMMENTS
 ALPHA-1-ANTITRYPSIN PHENOTYPE: ZZ phenotype identified. This phenotype is associated with
 severe alpha-1-antitrypsin deficiency. In general, PiZZ individuals have serum levels
 of roughly 20-45 mg/dL and are at increased risk of early-onset emphysema and of liver
 disease. Genetic counseling and testing of first-degree relatives are recommended.
 Augmentation therapy and recent transfusion can alter phenotype results; this specimen
 was collected before any augmentation per requisition.
 ALPHA-1-ANTITRYPSIN, SERUM: Levels below 57 mg/dL (approximately 11 umol/L) by this
 nephelometric method are considered below the protective threshold. AAT is an acute
 phase reactant; interpret with the CRP above.

PERFORMING SITES
 PN  Pacific Northwest Reference Laboratories, 2201 Westlake Ave, Seattle WA
     Medical Director: H. Lindgren, MD, PhD
 RX  Referred to: Prism Diagnostics Specialty Proteins, Salt Lake City UT
     Medical Director: T. Aoki, MD

 Released by: autoverification (PN) / J. Marsh, MT(ASCP) (RX)    04/13/2017 16:20
 *** END OF REPORT ***
"""

D3 = """ST. BRENDAN PULMONARY & SLEEP CLINIC
OFFICE VISIT - FOLLOW UP                                   Date: 11/19/2025 (Wed) 1:40 PM
Patient: Walter E. Kaminski      DOB 06/09/1953      MRN 10288461
Physician: Sunita Rao, MD        Referring: Paul Ng, MD (PCP)

SUBJECTIVE
Mr. Kaminski returns for his 6-month visit for alpha-1 antitrypsin deficiency (ZZ
phenotype, serum level 34 mg/dL in 04/2017) with emphysema and COPD, GOLD 3. He has been on
weekly Aralast NP at the St. Brendan hospital outpatient infusion unit since 06/2017.

He feels "about the same, which is good". Exertional dyspnea unchanged (mMRC 2-3); still
does his own yard work slowly. One exacerbation in the last year (03/2025), treated with
prednisone 40 mg daily x 5 days and azithromycin 500 mg then 250 mg x 4 days; no
hospitalization. He had two admissions in 2016 before starting augmentation. No infusion
reactions. He asks whether the weekly trip can be cut to every two weeks - we discussed that
a double dose every 14 days is not the labeled regimen and his plan would not cover it.

Quit smoking in 2012 (45 pack-years). No vaping. Wife smokes outdoors only.

MEDICATIONS
  Aralast NP 60 mg/kg IV weekly (HOPD infusion)
  Breztri Aerosphere 160/9/4.8 mcg 2 inh BID
  albuterol neb 2.5 mg q6h PRN
  roflumilast 500 mcg daily
  metoprolol succinate 50 mg daily; apixaban 5 mg BID (paroxysmal AF);
  atorvastatin 40 mg; finasteride 5 mg
  ALLERGY: penicillin (hives)

OBJECTIVE
  BP 134/78   HR 76 irregular   RR 18   SpO2 92 % RA, 88 % after hall walk 120 m
  Weight 72.3 kg (down from 73.0 kg in May)   Height 172 cm
  Barrel chest, distant breath sounds, scattered end-expiratory wheeze, no crackles.
  No edema. No jaundice.

DATA
  Spirometry today: FEV1 0.98 L (36 % predicted), FVC 2.61 L (71 %), FEV1/FVC 0.38.
  Previous: 11/2024 FEV1 1.02 L (37 % pred); 11/2023 FEV1 1.05 L (38 % pred).
  CT chest 09/2025 (lung cancer screening, LDCT): centrilobular and panlobular emphysema,
  lower-lobe predominant; Lung-RADS 2. Coronary calcification.
  Overnight oximetry 10/2025: T88 4 % - no nocturnal O2 indicated.

ASSESSMENT
  1. Alpha-1 antitrypsin deficiency (ZZ) with emphysema / COPD GOLD 3, group E.
     On augmentation 8+ years. Response: stable - FEV1 losing about 30-40 mL/yr, fewer
     exacerbations than before therapy (1/yr vs 3-4/yr), no hospitalizations since 2016,
     tolerating Aralast NP without reactions.
  2. Exertional desaturation to 88 % - borderline; recheck 6MWT in 3 months. If SpO2 <=88 %
     sustained, will order ambulatory O2.
  3. Paroxysmal AF on apixaban - per cardiology.

PLAN
  - Continue Aralast NP 60 mg/kg IV every week at 4 East; weight to be taken at each visit.
  - Continue Breztri, roflumilast. Pulmonary rehab referral re-sent.
  - LDCT due 09/2026.
  - Vaccines: flu 10/2025 given; RSV 2024; PCV20 2022.
  - RTC 6 months with spirometry.

Sunita Rao, MD    e-signed 11/19/2025 3:05 PM
"""

CHART = {
    "chart_id": "b15-004",
    "date_of_service": "2026-01-14",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 429, "modifiers": []},
        {"hcpcs": "J0256", "units": 21, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-14", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2017-04-13", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-11-19", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-004",
    "profile": "medicare",
    "requirements": reqs(
        "medicare",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="conflict", infusion_times="met",
        response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1 antitrypsin deficiency (E88.01)")),
        F("genotype", ("d2", "| ZZ       | ALPHA-1-ANTITRYPSIN PHENOTYPE"), alleles=["Z", "Z"]),
        F("serum_aat", ("d2", "  L   | mg/dL | 34       | ALPHA-1-ANTITRYPSIN, SERUM"), value=34, unit="mg/dL"),
        F("lung_disease", ("d1", "emphysema (J43.9)"), value="emphysema"),
        F("lung_disease", ("d3", "COPD GOLD 3, group E"), value="copd"),
        W(("d1", "Weight 71.5 kg"), 71.5, "kg"),
        W(("d3", "Weight 72.3 kg"), 72.3, "kg"),
        W(("d3", "73.0 kg in May"), 73.0, "kg"),
        F("dose", ("d1", "Dose administered ..... 4,290 mg"), value=4290),
        F("wastage", ("d1", "Wasted ................. 210 mg"), value=210),
        F("lot_number", ("d1", "Lot LE21Y043"), value="LE21Y043"),
        F("lot_number", ("d1", "Lot LD18X771"), value="LD18X771"),
        F("expiration_date", ("d1", "Exp 09/2026"), value="2026-09"),
        F("expiration_date", ("d1", "Exp 12/2025"), value="2025-12"),
        F("infusion_start", ("d1", "Infusion start ........ 08:31"), value="08:31"),
        F("infusion_end", ("d1", "Infusion end .......... 09:10"), value="09:10"),
        F("fev1", ("d3", "FEV1 0.98 L (36 % predicted)"), value=36),
        F("fev1", ("d3", "FEV1 1.02 L (37 % pred)"), value=37),
        F("fev1", ("d3", "FEV1 1.05 L (38 % pred)"), value=38),
        F("response_to_therapy", ("d3", "Response: stable")),
        F("smoking_status", ("d3", "Quit smoking in 2012 (45 pack-years)"), value="former"),
        F("drug_product", ("d1", "Aralast NP 60 mg/kg IV weekly"), value="Aralast NP"),
    ],
    "notes": (
        "HOPD nursing documentation with a Procedure: Infusion block and a separate Waste "
        "documentation block co-signed by a second RN, plus a 2017 reference-lab report whose columns "
        "are FLAG | UNITS | RESULT | TEST | REFERENCE, plus a pulmonary office note. Gap: "
        "expiration_date conflict - the 500 mg vial lot LD18X771 expired 12/2025 (= 2025-12-31) "
        "before the DOS 2026-01-14 (the other lot, 09/2026, is fine; one expired lot given makes the "
        "requirement a conflict). Everything else met: 4,290 mg = 60 x 71.5; J0256 x429 + JW x21 "
        "(210 mg / 10, floor). Traps: lab interpretive text with general ZZ ranges 20-45 mg/dL and "
        "the 57 mg/dL / 11 umol/L threshold; reference 'MM'; CRP 3.2 mg/L and IgA 236 mg/dL; "
        "arrival 07:52, pharmacy 08:12, PIV 08:09, reconstitution 08:15-08:25, waste 09:12, PIV out "
        "09:42; prednisone/azithromycin/apixaban doses; hypothetical double dose every 14 days and "
        "ambulatory O2; wife smokes (not the patient)."
    ),
}

ARITH = {
    "weight_kg": 71.5, "weight_source": "d1 standing scale DOS",
    "product": "Aralast NP", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 4290, "vial_total_mg": 4500, "waste_mg": 210,
    "billed_admin_units": 429, "billed_jw_units": 21,
    "modifier_expected": "JW x21 on separate line", "modifier_billed": "JW x21",
    "lots": [{"lot": "LE21Y043", "exp": "2026-09"}, {"lot": "LD18X771", "exp": "2025-12"}],
    "start": "08:31", "end": "09:10",
}
