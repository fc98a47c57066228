"""b28-008: commercial, 2 gaps. Styles (3) interdisciplinary team note (RN, pharmacist in grams, RT,
British-trained physician) and (5) a 2011 Edinburgh laboratory report (µmol/L, day-first dates). Zemaira
4 g kit (3.848 g) + 1 g vial (1.002 g) = 4.85 g, J0256 485 JZ. FEV1 22 % and 24 % predicted; no stop
time anywhere."""

CHART_ID = "b28-008"
DOS = "2026-03-04"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus (employer group)"}
PRIOR_AUTH = "CGN-PA-2601-33817"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 485, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "94060", "units": 1, "modifiers": []},
]

D1 = """
NORTHGATE UNIVERSITY HOSPITAL - ADVANCED LUNG DISEASE CLINIC
INTERDISCIPLINARY TEAM NOTE - AUGMENTATION VISIT
Patient: FARQUHARSON, IAN D    DOB 17/05/1968 (57 M)    MRN NUH-7781340    Visit date: 04/03/2026
(Clinic convention for this team note: dates day/month/year)
Payer: Cigna OAP - precert CGN-PA-2601-33817 valid 15/01/2026-14/01/2027

NURSING - K. Delaney, RN
0852 Pt arrived, ambulatory with cane. T 36.7, BP 132/84, HR 90, RR 20, SpO2 90% on RA, 93% on
2 L NC (home O2 2 L with exertion). Wt 80.7 kg standing. 22G PIV R forearm 0905.
Zemaira 4,850 mg IV commenced 0918 via 5 micron filter at 0.08 mL/kg/min. Pt to RT for
post-infusion spirometry afterwards. Discharged home 1105 with wife, O2 2 L portable.
                                                    K. Delaney, RN  04/03/2026 1110
PHARMACY - S. Gallagher-Boateng, PharmD
Dose check: 60 mg/kg x 80.7 kg = 4.842 g. Dispensed Zemaira 4 g kit (actual potency 3.848 g,
lot P100651174, exp 31/10/2027) + 1 g vial (actual potency 1.002 g, lot P100639905,
exp 31/07/2027) = 4.85 g (+0.2%). Released to unit 0858. No wastage - both vials reconstituted,
pooled and infused in full. Diluent (SWFI 76 mL + 20 mL) lots SW-2541 / SW-2557.
                                                    S. Gallagher-Boateng, PharmD  04/03/2026 0901
RESPIRATORY THERAPY - L. Mbeki, RRT
Post-BD spirometry 1012 (after infusion): FEV1 0.74 L = 22% predicted, FVC 2.48 L (58% pred),
FEV1/FVC 0.30. Acceptable and repeatable (3 manoeuvres). 6MWT deferred - desaturated to 84% on
2 L walking to the lab. O2 titration: needs 3 L with exertion to keep SpO2 >= 88%.
                                                    L. Mbeki, RRT  04/03/2026 1035
PHYSICIAN - Dr F. Okonjo-Whitley (pulmonary fellow, trained in the UK) for Dr M. Saarinen
Mr Farquharson was diagnosed with alpha-1 antitrypsin deficiency (PiZZ) in Edinburgh in 2011 after
presenting with breathlessness and one episode of minor haemoptysis; serum AAT was 4.8 µmol/L.
Ex-smoker, stopped in 2009 (about 20 pack-years). Panacinar emphysema, basal predominant, on CT.
He has been on weekly augmentation since moving here in 2023. He feels the infusions have helped:
one exacerbation in 2025 against four in 2023 before augmentation, and no hospital admissions.
Weight 12 st 10 lb (80.7 kg) - steady. The infusion ran over approximately 15 minutes without
incident; seen at 1030 afterwards. Chest: quiet breath sounds, no crackles, no clubbing.
FEV1 today 22% predicted per RT; it was 24% predicted on 14 October 2025. DLCO 29% (October).
Impression: very severe emphysema / COPD due to AATD; disease progressing despite augmentation,
although exacerbation frequency has fallen.
Plan:
 1. Continue Zemaira 60 mg/kg IV weekly.
 2. Referred to the lung transplant programme on 2 February 2026 - assessment booked for
    7 April 2026. If listed, augmentation would continue until transplant.
 3. Increase ambulatory O2 to 3 L/min; pulmonary rehabilitation programme re-referral.
 4. Review in clinic in 6 weeks.
                                                    F. Okonjo-Whitley, MD  04/03/2026 1048
Attending attestation: seen and agree. M. Saarinen, MD 04/03/2026 1215
"""

D2 = """
ROYAL INFIRMARY OF EDINBURGH - DEPARTMENT OF CLINICAL BIOCHEMISTRY
Specialist Protein Laboratory                                       Report date: 9 September 2011
Patient: FARQUHARSON, Ian David        CHI: 17056xxxxx      DOB: 17/05/1968
Requesting clinician: Dr H. Sinclair, Respiratory Medicine, RIE
Sample: serum, collected 29/08/2011 10:40     Lab no. B11.448102

Test                              Result        Units       Reference interval
Alpha-1 antitrypsin               4.8           µmol/L      20 - 48
C-reactive protein                <4            mg/L        < 5
Alpha-1 antitrypsin phenotype     PiZZ                      PiMM

Comment: Alpha-1 antitrypsin markedly reduced with PiZZ phenotype by isoelectric focusing,
consistent with severe deficiency. Levels below 11 µmol/L are associated with a high risk of
emphysema. Genetic counselling and family screening (siblings, children) recommended. No
augmentation service is available locally; discuss at the regional respiratory meeting.
Authorised by: Dr C. MacAulay, Consultant Clinical Scientist   09/09/2011
"""

D3 = """
CIGNA HEALTHCARE - COVERAGE DETERMINATION (copy to provider)            Date: January 15, 2026
Member: Ian D Farquharson     Case/reference: CR-7710-2239-A     Precertification: CGN-PA-2601-33817
Service: Alpha-1 proteinase inhibitor (human), HCPCS J0256 - Zemaira, weekly, site: hospital outpatient
Determination: APPROVED (continuation of therapy) 01/15/2026 through 01/14/2027, 52 administrations.
Policy criteria applied (summary, for initial therapy): age 18 or older; PiZZ, PiZ(null), Pi(null,null)
or other deficient phenotype; baseline serum AAT below 11 µmol/L; FEV1 25% to 80% of predicted;
non-smoker; dosing 60 mg/kg weekly per label. Continuation requires documentation of clinical benefit
and continued non-smoking. This approval is not a guarantee of payment; benefits are subject to
eligibility on the date of service.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-04", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2011-09-09", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-01-15", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "diagnosed with alpha-1 antitrypsin deficiency (PiZZ)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "Alpha-1 antitrypsin phenotype     PiZZ"},
    {"kind": "serum_aat", "value": 4.8, "unit": "uM", "_doc": "d2", "_ev": "Alpha-1 antitrypsin               4.8           µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Panacinar emphysema, basal predominant, on CT"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "very severe emphysema / COPD due to AATD"},
    {"kind": "weight", "value": 80.7, "unit": "kg", "value_kg": 80.7, "_date": "2026-03-04", "_doc": "d1",
     "_ev": "Wt 80.7 kg standing"},
    {"kind": "dose", "value": 4850, "_doc": "d1", "_ev": "Zemaira 4,850 mg IV commenced 0918"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "No wastage - both vials reconstituted,\npooled and infused in full"},
    {"kind": "lot_number", "value": "P100651174", "_doc": "d1", "_ev": "lot P100651174"},
    {"kind": "lot_number", "value": "P100639905", "_doc": "d1", "_ev": "lot P100639905"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "lot P100651174, exp 31/10/2027"},
    {"kind": "expiration_date", "value": "2027-07-31", "_doc": "d1", "_ev": "lot P100639905,\nexp 31/07/2027"},
    {"kind": "infusion_start", "value": "09:18", "_doc": "d1", "_ev": "Zemaira 4,850 mg IV commenced 0918"},
    {"kind": "fev1", "value": 22, "_doc": "d1", "_ev": "FEV1 0.74 L = 22% predicted"},
    {"kind": "fev1", "value": 24, "_doc": "d1", "_ev": "it was 24% predicted on 14 October 2025"},
    {"kind": "response_to_therapy", "_doc": "d1",
     "_ev": "He feels the infusions have helped:\none exacerbation in 2025 against four in 2023 before augmentation"},
    {"kind": "prior_authorization", "value": "CGN-PA-2601-33817", "_doc": "d1", "_ev": "precert CGN-PA-2601-33817"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Ex-smoker, stopped in 2009"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "Zemaira 4,850 mg IV commenced 0918"},
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
    "fev1_range": "conflict",
}

ARITH = {
    "dos": "2026-03-04",
    "weight": {"value": 80.7, "unit": "kg", "kg": 80.7, "date": "2026-03-04"},
    "dose_mg": 4850,
    "target_mg": 4842.0,
    "tolerance_mg": 484.2,
    "deviation_pct": 0.17,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 485,
    "units_billed": 485,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31", "2027-07-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: fev1_range conflict (FEV1 22 % today and 24 % on 14 October 2025, both below 25 %); infusion_times
missing (start 0918 only; "ran over approximately 15 minutes" is a duration; RT spirometry 1012, MD seen
1030, discharge 1105, pharmacy release 0858 are not a stop time). Style-5 traps: the team note's dates are
day/month/year ("04/03/2026" = 4 March 2026; expirations 31/10/2027 and 31/07/2027); "12 st 10 lb (80.7 kg)"
is the same weighing as the RN's 80.7 kg (the "10 lb" is part of a stones reading, not a weight); dose in
grams 4.842 g (calc) vs 4.85 g dispensed = RN's 4,850 mg (one dose); kit/vial potencies 3.848 g / 1.002 g;
diluent lots; "haemoptysis" (historical symptom). Others: O2 flows, DLCO 29 %, 6MWT deferred, transplant
referral and the hypothetical "if listed"; lab reference interval 20-48 and "PiMM" reference; 11 µmol/L
risk statement; the coverage letter's policy criteria (FEV1 25 % to 80 %, 11 µmol/L) and its case
reference CR-7710-2239-A (the precert number CGN-PA-2601-33817 is the authorization).
"""
